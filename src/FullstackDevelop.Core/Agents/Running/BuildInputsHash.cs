using System.Text;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Hashing;
using FullstackDevelop.Core.Templates;

namespace FullstackDevelop.Core.Agents.Running;

/// <summary>
/// One hash of everything a build's agent keys are made of, but upstream outputs: the requirements (agents, their
/// versions and commands included), the tool, every template of the catalog and the root namespace. Upstream outputs
/// follow from these, so two builds with the same hash compute the same keys, and a build whose hash is the previous
/// build's, with that build's files in place, has nothing to do (<see cref="ArtifactBuilder.Unchanged"/>).
/// </summary>
public static class BuildInputsHash
{
    // Raised when what goes into the hash changes, so that no older state matches.
    private const string Format = "fullstack-build-inputs/1";

    /// <summary>The hash of a build's inputs, as 64 lower-case hex digits.</summary>
    public static string Of(string requirementsHash, GeneratorTool tool, TemplateCatalog catalog, string rootNamespace)
    {
        // One item per line: none of these values can hold a line break (names of files, hashes, a namespace).
        var text = new StringBuilder(Format).Append('\n')
            .Append("tool ").Append(tool.Name).Append(' ').Append(tool.Version).Append('\n')
            .Append("requirements ").Append(requirementsHash).Append('\n')
            .Append("root-namespace ").Append(rootNamespace).Append('\n');
        foreach (var name in catalog.Names)
        {
            text.Append("template ").Append(name).Append(' ').Append(catalog.TryGet(name, out var source) ? source.ContentHash : string.Empty).Append('\n');
        }

        return ContentHash.Of(text.ToString());
    }
}
