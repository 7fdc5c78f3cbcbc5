using System;

namespace FullstackDevelop;

/// <summary>
/// Gives a custom agent (<see cref="AgentAttribute"/>) a template to render on <c>dotnet build</c>: once for the project,
/// or once per entity when <see cref="PerEntity"/> is set. The template is one of the project's <c>.scriban</c> files
/// (a <c>FullstackTemplate</c> item), named by its file name without the extension; it sees the same variables as the
/// built-in templates; its project templates also see <c>upstream</c>, the files of the agents the custom agent depends on.
/// </summary>
/// <example><code>
/// [assembly: Agent("search-indexer", DependsOn = new[] { "technical-architect" })]
/// [assembly: AgentTemplate("search-indexer", "search-index", Output = "search/index.json")]
/// [assembly: AgentTemplate("search-indexer", "search-entity", Output = "search/entities/{entity-kebab}.json", PerEntity = true)]
/// </code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class AgentTemplateAttribute : Attribute
{
    /// <summary>Gives the custom agent <paramref name="agent"/> the template <paramref name="template"/>.</summary>
    /// <param name="agent">The name of a custom agent declared with <see cref="AgentAttribute"/>.</param>
    /// <param name="template">
    /// The template's name: the file name of one of the project's <c>.scriban</c> files without its extension
    /// (<c>"search-index"</c> for <c>Templates/search-index.scriban</c>), or a built-in template's name. A path to the
    /// file is accepted too; its file name is what counts.
    /// </param>
    public AgentTemplateAttribute(string agent, string template)
    {
        Agent = agent;
        Template = template;
    }

    /// <summary>The custom agent that renders the template.</summary>
    public string Agent { get; }

    /// <summary>The template's name.</summary>
    public string Template { get; }

    /// <summary>
    /// The path of the file the template renders, relative to the output folder, with '/' separators. Required. In a
    /// per-entity template it must name the entity with <c>{entity}</c> (<c>OrderLine</c>), <c>{entity-kebab}</c>
    /// (<c>order-line</c>) or <c>{table}</c> (its table's name).
    /// </summary>
    public string? Output { get; set; }

    /// <summary>True to render the template once per entity, with <c>entity</c> in its model; false (the default) to render it once for the project.</summary>
    public bool PerEntity { get; set; }
}
