using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Templates;

/// <summary>What a template generates, as in the seed's template table.</summary>
public enum TemplateCategory
{
    /// <summary>A user-interface component.</summary>
    Component,

    /// <summary>API code.</summary>
    Api,

    /// <summary>Configuration.</summary>
    Config,

    /// <summary>Tests.</summary>
    Test,
}

/// <summary>How involved a template's output is.</summary>
public enum TemplateComplexity
{
    /// <summary>A few declarations.</summary>
    Simple,

    /// <summary>A file of ordinary size.</summary>
    Moderate,

    /// <summary>A large or intricate file.</summary>
    Complex,
}

/// <summary>The seed's description of a template: what it is for and what it needs.</summary>
/// <param name="Name">The template's name, unique in a catalog.</param>
/// <param name="Category">What it generates.</param>
/// <param name="TechnologyStack">The technologies its output uses.</param>
/// <param name="Complexity">How involved its output is.</param>
/// <param name="EstimatedLines">About how many lines it renders for one entity.</param>
/// <param name="Dependencies">The templates it includes.</param>
public sealed record TemplateMetadata(
    string Name,
    TemplateCategory Category,
    EquatableArray<string> TechnologyStack,
    TemplateComplexity Complexity,
    int EstimatedLines,
    EquatableArray<string> Dependencies);
