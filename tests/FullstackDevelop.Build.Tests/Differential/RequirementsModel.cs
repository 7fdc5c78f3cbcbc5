using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Build.Snapshot;
using FullstackDevelop.Build.Tests.TestSupport;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Problems;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Build.Tests.Differential;

/// <summary>
/// The project's requirement attributes as a user edits them: entities and their properties, features, requirement keys
/// one custom command agent and one custom template agent. <see cref="Snapshot"/> goes through <see cref="RequirementsBuilder"/> and
/// <see cref="RequirementsJson"/>, as the generator does, so the task sees what a real build would embed.
/// </summary>
internal sealed class RequirementsModel
{
    /// <summary>The custom command agent every model declares; its script is one of the project's files.</summary>
    public const string CommandAgent = "price-feed";

    /// <summary>Its only output.</summary>
    public const string CommandOutput = "custom/price-feed.txt";

    /// <summary>Its command, run from the project directory.</summary>
    public const string Command = "sh tools/price-feed.sh";

    /// <summary>The custom template agent every model declares, with <see cref="ProjectTemplates.AgentTemplates"/>.</summary>
    public const string TemplateAgent = "search-indexer";

    public static readonly string[] EntityNames = ["Author", "Book", "Coupon", "Customer", "Invoice", "Order", "Review", "Shelf", "Store", "Tag"];

    public static readonly string[] PropertyNames = ["Active", "Code", "Created", "Note", "Price", "Quantity", "Rating", "Title", "Weight"];

    public static readonly string[] ClrTypes = ["System.String", "System.Int32", "System.Int64", "System.Boolean", "System.Decimal", "System.DateTime", "System.Guid", "System.Double"];

    public static readonly string[] FeatureNames = ["catalog", "checkout", "reviews", "search", "user-authentication"];

    // Keys of the catalog that built-in templates read (database.engine, slo.availability, ui.theme), keys under a
    // built-in agent's prefix that no template reads (api., delivery., devops.region, product., qa.), keys the command
    // agent reads (custom.) and keys under nobody's prefix (misc.).
    public static readonly string[] RequirementKeys =
        ["api.version", "custom.currency", "custom.note", "database.engine", "delivery.deadline", "devops.region", "misc.owner", "product.vision", "qa.coverage", "slo.availability", "ui.theme"];

    public List<ModelEntity> Entities { get; } = [];

    public SortedSet<string> Features { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, string> Requirements { get; } = new(StringComparer.Ordinal);

    /// <summary>The snapshot the generator would embed for the model; the model is always valid.</summary>
    public RequirementsSnapshot Snapshot()
    {
        var built = RequirementsBuilder.Build(Declarations());
        var errors = built.Problems.Where(problem => problem.Descriptor.Severity == ProblemSeverity.Error).Select(problem => problem.Descriptor.Id).ToList();
        if (built.Requirements is null || errors.Count > 0)
        {
            throw new InvalidOperationException("The random model is invalid (" + string.Join(", ", errors) + "): " + Describe());
        }

        return TaskFolder.Snapshot(built.Requirements);
    }

    /// <summary>The model in one line, for failure messages.</summary>
    public string Describe() =>
        "entities [" + string.Join("; ", Entities.Select(entity => entity.Name + "(" + string.Join(", ", entity.Properties.Select(property => property.Name + ":" + property.ClrType + (property.IsNullable ? "?" : string.Empty))) + ")"))
        + "], features [" + string.Join(", ", Features) + "], requirements [" + string.Join(", ", Requirements.Select(pair => pair.Key + "=" + pair.Value)) + "]";

    private RequirementsDeclarations Declarations() => new(
        new ProjectDeclaration("Shop", 0, 0, EquatableArray.Of("react", "aspnetcore")),
        EquatableArray.From(Features.Select(feature => new FeatureDeclaration(feature))),
        EquatableArray.From(Requirements.Select(pair => new RequirementDeclaration(pair.Key, pair.Value))),
        EquatableArray.Of(
            new AgentDeclaration(CommandAgent, default, EquatableArray.Of("custom."), "1.0", 1, Command, EquatableArray.Of(CommandOutput)),
            new AgentDeclaration(TemplateAgent, EquatableArray.Of("technical-architect"), EquatableArray.Of("custom."), "1.0", 1, null, default)),
        EquatableArray.From(Entities.Select(entity => entity.Declaration())),
        EquatableArray.Of(
            new AgentTemplateDeclaration(TemplateAgent, ProjectTemplates.SearchIndex, "search/index.txt", false),
            new AgentTemplateDeclaration(TemplateAgent, ProjectTemplates.SearchEntity, "search/entities/{entity-kebab}.txt", true)));
}

/// <summary>An <c>[Entity]</c> class: an <c>int Id</c> key and its other properties.</summary>
internal sealed class ModelEntity(string name)
{
    public string Name { get; set; } = name;

    public List<ModelProperty> Properties { get; } = [];

    public EntityDeclaration Declaration() => new(
        Name,
        "Shop.Domain." + Name,
        null,
        EquatableArray.From(Properties.Select(property => property.Declaration()).Prepend(new PropertyDeclaration("Id", "System.Int32", false, false, null, default))));
}

/// <summary>A property of an entity.</summary>
internal sealed record ModelProperty(string Name, string ClrType, bool IsNullable)
{
    public PropertyDeclaration Declaration() => new(Name, ClrType, IsNullable, false, null, default);
}
