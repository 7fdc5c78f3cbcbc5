using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FullstackDevelop.Core.Hashing;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Agents.Running;

/// <summary>
/// The project's files a command agent's command names, such as the script of <c>sh tools/prices.sh</c>, with the hash
/// of their content: an edit of the script changes what the command does, so it belongs in the agent's cache key.
/// Any word of the command that names an existing file inside the project directory counts; a file outside the
/// project, or one the shell finds on its path, is the machine's and not followed.
/// </summary>
public static class CommandFiles
{
    // The shell's word separators and quotes: what is left between them may be a path.
    private static readonly char[] Separators = [' ', '\t', '\r', '\n', ';', '|', '&', '<', '>', '(', ')', '\'', '"', '`'];

    /// <summary>
    /// The command files of every command agent of <paramref name="agents"/>, by agent name: read once per build, so the
    /// inputs hash and the agents' keys see the same content.
    /// </summary>
    /// <param name="agents">The project's custom agents; those without a command are left out.</param>
    /// <param name="projectDirectory">The directory the commands run in.</param>
    public static IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, string>>> OfAgents(IEnumerable<CustomAgentInfo> agents, string projectDirectory) =>
        agents
            .Where(agent => agent.Command is not null)
            .ToDictionary(agent => agent.Name, agent => Of(agent.Command!, projectDirectory), StringComparer.Ordinal);

    /// <summary>Each project file <paramref name="command"/> names, by the word that names it, with its content hash; sorted ordinally.</summary>
    /// <param name="command">The command as the agent declares it.</param>
    /// <param name="projectDirectory">The directory the command runs in.</param>
    public static IReadOnlyList<KeyValuePair<string, string>> Of(string command, string projectDirectory)
    {
        var root = Path.GetFullPath(projectDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in command.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (files.ContainsKey(word) || HashOf(word, root) is not { } hash)
            {
                continue;
            }

            files.Add(word, hash);
        }

        return files.ToList();
    }

    // The content hash of the file the word names inside the project; "unreadable" when it exists but cannot be read,
    // so that it still counts; null when the word names no file of the project.
    private static string? HashOf(string word, string root)
    {
        string path;
        try
        {
            path = Path.GetFullPath(Path.Combine(root, word));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }

        if (!path.StartsWith(root, StringComparison.Ordinal) || !File.Exists(path))
        {
            return null;
        }

        try
        {
            return ContentHash.Of(File.ReadAllBytes(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "unreadable";
        }
    }
}
