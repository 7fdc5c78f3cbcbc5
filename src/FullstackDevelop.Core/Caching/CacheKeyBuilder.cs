using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using FullstackDevelop.Core.Hashing;

namespace FullstackDevelop.Core.Caching;

/// <summary>
/// Builds an agent's cache key: the SHA-256 of everything that can change its output. The inputs may be
/// added in any order; the key hashes them in a canonical one (sections in a fixed order, entries by
/// ordinal name, every value length-prefixed so no two different inputs write the same text).
/// </summary>
public sealed class CacheKeyBuilder
{
    // Bumped when the encoding changes, so keys of the old encoding can never be read as new ones.
    private const string Format = "fullstackdevelop-cache-key/1";

    private readonly SortedDictionary<string, string> _templates = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _requirements = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _upstream = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _inputs = new(StringComparer.Ordinal);
    private KeyValuePair<string, string>? _agent;
    private KeyValuePair<string, string>? _tool;

    /// <summary>True when <paramref name="key"/> has the shape of a key: 64 lower-case hex digits.</summary>
    public static bool IsWellFormed(string? key) => ContentHash.IsWellFormed(key);

    /// <summary>The agent whose output the key stands for, and its version. Required.</summary>
    public CacheKeyBuilder Agent(string name, string version)
    {
        _agent = Once(_agent, name, version, "agent");
        return this;
    }

    /// <summary>The tool that runs the agent (this engine), and its version. Required.</summary>
    public CacheKeyBuilder Tool(string name, string version)
    {
        _tool = Once(_tool, name, version, "tool");
        return this;
    }

    /// <summary>A template the agent renders, by name, with the content hash of its text.</summary>
    public CacheKeyBuilder Template(string name, string contentHash) => Add(_templates, name, contentHash);

    /// <summary>A requirement of the agent's slice: its key and canonical value.</summary>
    public CacheKeyBuilder Requirement(string key, string value) => Add(_requirements, key, value);

    /// <summary>An agent this one depends on, with the hash of that agent's output (not of its inputs).</summary>
    public CacheKeyBuilder Upstream(string agentName, string outputHash) => Add(_upstream, agentName, outputHash);

    /// <summary>Anything else that changes the output, such as a command agent's command line or declared outputs.</summary>
    public CacheKeyBuilder Input(string name, string value) => Add(_inputs, name, value);

    /// <summary>The key, as 64 lower-case hex digits.</summary>
    /// <exception cref="InvalidOperationException">The agent or the tool was not given.</exception>
    public string Build()
    {
        var agent = _agent ?? throw new InvalidOperationException("A cache key needs the agent's name and version.");
        var tool = _tool ?? throw new InvalidOperationException("A cache key needs the tool's name and version.");
        var text = new StringBuilder(Format).Append('\n');
        Append(text, "agent", agent);
        Append(text, "tool", tool);
        AppendAll(text, "template", _templates);
        AppendAll(text, "requirement", _requirements);
        AppendAll(text, "upstream", _upstream);
        AppendAll(text, "input", _inputs);
        return ContentHash.Of(text.ToString());
    }

    private static KeyValuePair<string, string> Once(KeyValuePair<string, string>? current, string name, string version, string what)
    {
        if (current is not null)
        {
            throw new InvalidOperationException($"The {what} of a cache key is given once.");
        }

        return new KeyValuePair<string, string>(
            name ?? throw new ArgumentNullException(nameof(name)),
            version ?? throw new ArgumentNullException(nameof(version)));
    }

    private CacheKeyBuilder Add(SortedDictionary<string, string> section, string name, string value)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (section.ContainsKey(name))
        {
            // Two values under one name would make the key depend on which one wins.
            throw new ArgumentException($"'{name}' was already added to this section of the cache key.", nameof(name));
        }

        section.Add(name, value ?? throw new ArgumentNullException(nameof(value)));
        return this;
    }

    private static void AppendAll(StringBuilder text, string section, SortedDictionary<string, string> entries)
    {
        text.Append(section).Append('s').Append(' ').Append(entries.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var entry in entries)
        {
            Append(text, section, entry);
        }
    }

    private static void Append(StringBuilder text, string section, KeyValuePair<string, string> entry)
    {
        text.Append(section);
        AppendField(text, entry.Key);
        AppendField(text, entry.Value);
        text.Append('\n');
    }

    private static void AppendField(StringBuilder text, string value) =>
        text.Append(' ').Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
}
