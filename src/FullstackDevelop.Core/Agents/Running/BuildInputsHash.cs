using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FullstackDevelop.Core.Agents.Layout;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Hashing;
using FullstackDevelop.Core.Templates;

namespace FullstackDevelop.Core.Agents.Running;

/// <summary>
/// One hash of everything a build's agent keys are made of, but upstream outputs: the requirements (agents, their
/// versions and commands included), the project files the commands name, the tool, every template of the catalog, the
/// root namespace, the layout and the project file. Upstream outputs
/// follow from these, so two builds with the same hash compute the same keys, and a build whose hash is the previous
/// build's, with that build's files in place, has nothing to do (<see cref="ArtifactBuilder.Unchanged"/>).
/// </summary>
public static class BuildInputsHash
{
    // Raised when what goes into the hash changes, so that no older state matches.
    private const string Format = "fullstack-build-inputs/3";

    /// <summary>The hash of a build's inputs, as 64 lower-case hex digits.</summary>
    /// <param name="requirementsHash">The requirements snapshot's hash.</param>
    /// <param name="tool">The tool and its version.</param>
    /// <param name="catalog">The templates, the project's included.</param>
    /// <param name="rootNamespace">The project's root namespace.</param>
    /// <param name="commandFiles">Each command agent's name with the <see cref="CommandFiles"/> of its command.</param>
    /// <param name="layout">The request's <see cref="ArtifactBuildRequest.Layout"/>.</param>
    /// <param name="projectFile">The app's project file relative to the output folder (<see cref="ArtifactBuildRequest.ProjectFile"/>); null for the default layout.</param>
    public static string Of(
        string requirementsHash,
        GeneratorTool tool,
        TemplateCatalog catalog,
        string rootNamespace,
        IEnumerable<KeyValuePair<string, IReadOnlyList<KeyValuePair<string, string>>>> commandFiles,
        ArtifactLayout? layout = null,
        string? projectFile = null)
    {
        // One item per line: none of these values can hold a line break (names of files, hashes, a namespace).
        var text = new StringBuilder(Format).Append('\n')
            .Append("tool ").Append(tool.Name).Append(' ').Append(tool.Version).Append('\n')
            .Append("requirements ").Append(requirementsHash).Append('\n')
            .Append("root-namespace ").Append(rootNamespace).Append('\n')
            .Append("layout ").Append(layout is null ? "default" : System.Text.Json.JsonSerializer.Serialize(layout)).Append('\n')
            .Append("project-file ").Append(projectFile ?? RelativeProjectFile.Default(rootNamespace)).Append('\n');
        foreach (var name in catalog.Names)
        {
            text.Append("template ").Append(name).Append(' ').Append(catalog.TryGet(name, out var source) ? source.ContentHash : string.Empty).Append('\n');
        }

        foreach (var agent in commandFiles.OrderBy(agent => agent.Key, StringComparer.Ordinal))
        {
            // A word of a command may hold any character but a line break; the hash ends the line.
            foreach (var file in agent.Value)
            {
                text.Append("command-file ").Append(agent.Key).Append(' ').Append(file.Key).Append(' ').Append(file.Value).Append('\n');
            }
        }

        return ContentHash.Of(text.ToString());
    }
}
