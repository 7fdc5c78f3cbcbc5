using System;
using System.Collections.Generic;
using System.Globalization;
using FullstackDevelop.Core.Templates;

namespace FullstackDevelop.Build.Tests.Differential;

/// <summary>
/// The <c>.scriban</c> files a user adds to the project, each at an edition the steps raise: an override of a project
/// template, an override of a per-entity template that includes a template only the user has, and that included one;
/// and the two templates of the custom template agent, which the project always has.
/// </summary>
internal static class ProjectTemplates
{
    /// <summary>Included by <see cref="Table"/>; not a built-in.</summary>
    public const string TableNote = "table-note";

    /// <summary>Overrides the built-in per-entity template and includes <see cref="TableNote"/>.</summary>
    public const string Table = "database-table";

    /// <summary>Overrides a built-in project template.</summary>
    public const string TestPlan = "qa-test-plan";

    /// <summary>The custom template agent's project template: the entities, its requirement slice and its upstream files.</summary>
    public const string SearchIndex = "search-index";

    /// <summary>The custom template agent's per-entity template.</summary>
    public const string SearchEntity = "search-entity";

    public static readonly string[] Names = [TableNote, Table, TestPlan];

    /// <summary>The templates of the custom template agent: edited, never removed, since the agent renders them.</summary>
    public static readonly string[] AgentTemplates = [SearchIndex, SearchEntity];

    /// <summary>The template that must be in the project before <paramref name="name"/> is added, or null.</summary>
    public static string? Requires(string name) => name == Table ? TableNote : null;

    /// <summary>The text of <paramref name="name"/> at <paramref name="edition"/>.</summary>
    public static string Text(string name, int edition)
    {
        var number = edition.ToString(CultureInfo.InvariantCulture);
        return name switch
        {
            TableNote => "-- {{ entity.name }} is noted in edition " + number + " of the table note.\n",
            Table => BuiltIn(Table) + "-- Table override, edition " + number + ".\n{{ include '" + TableNote + "' }}",
            TestPlan => "# {{ project.name }}: test plan, edition " + number + "\n\n{{ for entity in entities }}- {{ entity.name }}\n{{ end }}",
            SearchIndex => "# Search index, edition " + number + "\n{{ for e in entities }}{{ e.name }}\n{{ end }}{{ for r in requirements }}{{ r.key }}={{ r.value }}\n{{ end }}{{ for u in upstream }}{{ u.agent }} {{ u.path }} {{ u.text | string.size }}\n{{ end }}",
            SearchEntity => "{{ entity.name }} ({{ entity.table }}), edition " + number + ": {{ for f in entity.fields }}{{ f.name }}:{{ f.type }} {{ end }}\n",
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a project template."),
        };
    }

    private static string BuiltIn(string name) =>
        TemplateCatalog.BuiltIn.TryGet(name, out var source) ? source.Text : throw new InvalidOperationException("No built-in template " + name);
}
