using System.Linq;
using System.Text;

namespace FullstackDevelop.Core.Requirements.Catalog;

/// <summary>Writes <c>docs/requirement-keys.md</c> from the catalogs, so the documentation cannot drift from them.</summary>
public static class RequirementKeysDocument
{
    /// <summary>The Markdown text of <c>docs/requirement-keys.md</c>, with <c>\n</c> line ends.</summary>
    public static string Render()
    {
        var text = new StringBuilder()
            .Append("# Requirement keys and features\n\n")
            .Append("<!-- Generated from src/FullstackDevelop.Core/Requirements/Catalog; a test checks this file, and\n")
            .Append("     FULLSTACK_UPDATE_SNAPSHOTS=1 rewrites it. Edit the catalog, not this file. -->\n\n")
            .Append("Every `[assembly: Requirement(key, value)]` and `[assembly: Feature(name)]` either changes what is\n")
            .Append("generated, as listed here, or is reported at its attribute: a key no agent reads is\n")
            .Append("[FSD0038](diagnostics.md#fsd0038), a value a key does not accept [FSD0039](diagnostics.md#fsd0039),\n")
            .Append("a feature that is not implemented [FSD0040](diagnostics.md#fsd0040). Keys under the `Reads` prefixes\n")
            .Append("of a custom `[assembly: Agent]` belong to that agent and are not checked. Changing a key re-runs\n")
            .Append("exactly the agents listed for it (and the agents downstream of them whose inputs then change); a key\n")
            .Append("no template reads re-runs nothing.\n\n")
            .Append("## Keys\n\n")
            .Append("| Key | Values | Default | Read by | Changes |\n")
            .Append("|---|---|---|---|---|\n");
        foreach (var key in RequirementKeyCatalog.All)
        {
            var name = "`" + key.Name + "`" + (key.Aliases.Count > 0 ? " (alias " + string.Join(", ", key.Aliases.Select(Code)) + ")" : string.Empty);
            text.Append("| ").Append(name)
                .Append(" | ").Append(Cell(key.Values.Description))
                .Append(" | ").Append(Cell(key.Default))
                .Append(" | ").Append(string.Join(", ", key.Agents))
                .Append(" | ").Append(Cell(key.Effect)).Append(" Files: ").Append(string.Join(", ", key.Files.Select(Code)))
                .Append(" |\n");
        }

        text.Append("\nAn alias works exactly like its key (the model, the snapshot and the delta analysis use the key's\n")
            .Append("name); declaring both is [FSD0006](diagnostics.md#fsd0006).\n\n")
            .Append("There is no deploy region key: none of the generated deploy files (Dockerfile, Compose file, Kubernetes\n")
            .Append("manifest, CI workflow) has a place where a cloud region belongs, so a key such as `ops.region` or\n")
            .Append("`deployment.region` is read by nobody and reported as FSD0038.\n\n")
            .Append("## Features\n\n")
            .Append("| Feature | Changes |\n")
            .Append("|---|---|\n");
        foreach (var feature in FeatureCatalog.All)
        {
            text.Append("| `").Append(feature.Name).Append("` | ").Append(Cell(feature.Effect)).Append(" Files: ")
                .Append(string.Join(", ", feature.Files.Select(Code))).Append(" |\n");
        }

        return text.ToString();
    }

    private static string Code(string text) => "`" + text + "`";

    private static string Cell(string text) => text.Replace("|", "\\|");
}
