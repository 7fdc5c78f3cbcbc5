using System;
using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Backend;

/// <summary>Whether an artifact is rendered once per project or once per entity.</summary>
public enum ArtifactScope
{
    /// <summary>One file for the whole backend.</summary>
    Project,

    /// <summary>One file per entity.</summary>
    Entity,
}

/// <summary>A file of the generated backend: which template renders it, how often, and what it needs.</summary>
/// <param name="Template">The catalog template that renders it.</param>
/// <param name="FileName">The file's name; for an entity artifact, <c>{0}</c> is the entity's name.</param>
/// <param name="Scope">Once per project or per entity.</param>
/// <param name="Description">What the file holds, for the message when it cannot be generated.</param>
/// <param name="RequiredPackages">The packages (as <see cref="BackendPackages"/> assembly names) its code compiles against.</param>
/// <param name="AppliesTo">Whether the project needs the file at all, such as shared CRUD code only for more than three entities.</param>
public sealed record BackendArtifact(
    string Template,
    string FileName,
    ArtifactScope Scope,
    string Description,
    EquatableArray<string> RequiredPackages,
    Func<BackendSettings, bool> AppliesTo)
{
    /// <summary>The package assemblies of <see cref="RequiredPackages"/> that <paramref name="packages"/> lacks.</summary>
    public EquatableArray<string> MissingFrom(BackendPackages packages) =>
        EquatableArray.From(System.Linq.Enumerable.Where(RequiredPackages, assembly => !packages.Has(assembly)));
}
