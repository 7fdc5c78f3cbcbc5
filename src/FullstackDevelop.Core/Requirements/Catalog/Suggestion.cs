using System;
using System.Collections.Generic;
using System.Linq;

namespace FullstackDevelop.Core.Requirements.Catalog;

/// <summary>The "did you mean" of a diagnostic: the closest candidate by edit distance, when one is close.</summary>
public static class Suggestion
{
    /// <summary>
    /// The candidate closest to <paramref name="text"/> (ignoring case) when it is within a quarter of the text's length
    /// and at least two edits; null when none is that close.
    /// </summary>
    public static string? Closest(string text, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, text.Length / 4);
        return candidates
            .Select(candidate => (Candidate: candidate, Distance: Distance(text.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .Where(pair => pair.Distance <= limit)
            .OrderBy(pair => pair.Distance)
            .ThenBy(pair => pair.Candidate, StringComparer.Ordinal)
            .Select(pair => pair.Candidate)
            .FirstOrDefault();
    }

    /// <summary>" (did you mean 'x'?)" for the closest candidate, or an empty string.</summary>
    public static string Phrase(string text, IEnumerable<string> candidates) =>
        Closest(text, candidates) is { } closest ? " (did you mean '" + closest + "'?)" : string.Empty;

    // Levenshtein distance over two rows.
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
