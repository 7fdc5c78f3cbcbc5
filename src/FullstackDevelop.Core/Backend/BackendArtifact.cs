using System;
using System.Linq;
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

/// <summary>A part of the generated backend: which template renders it, into which file, how often, and what it needs.</summary>
/// <param name="Template">The catalog template that renders it.</param>
/// <param name="FileName">
/// The file's name, also its hint name in the compilation: <c>{0}</c> is the entity's name (entity artifacts),
/// <c>{1}</c> the project's <see cref="BackendSettings.Prefix"/>. Names are dotted by folder (<c>Data.{0}Configuration.g.cs</c>);
/// hint names must be unique (ignoring case), so a project file's name must not be one an entity file could have.
/// Artifacts with the same name go to one file, in the order of <see cref="BackendArtifacts.All"/>, so their templates
/// use block-scoped namespaces, with their <c>using</c> directives inside.
/// </param>
/// <param name="Scope">Once per project or per entity.</param>
/// <param name="Description">What the file holds, for the message when it cannot be generated.</param>
/// <param name="RequiredPackages">The packages (as <see cref="BackendPackages"/> assembly names) its code compiles against.</param>
/// <param name="AppliesTo">Whether the project needs the file at all, such as shared CRUD code only for more than three entities.</param>
/// <param name="AnyOfPackages">Packages of which the code needs at least one, such as a database provider; the first is the one to suggest.</param>
public sealed record BackendArtifact(
    string Template,
    string FileName,
    ArtifactScope Scope,
    string Description,
    EquatableArray<string> RequiredPackages,
    Func<BackendSettings, bool> AppliesTo,
    EquatableArray<string> AnyOfPackages = default)
{
    /// <summary>
    /// The package assemblies of <see cref="RequiredPackages"/> that <paramref name="packages"/> lacks, followed by the
    /// first of <see cref="AnyOfPackages"/> when it has none of them.
    /// </summary>
    public EquatableArray<string> MissingFrom(BackendPackages packages)
    {
        var missing = RequiredPackages.Where(assembly => !packages.Has(assembly));
        if (AnyOfPackages.Count > 0 && !AnyOfPackages.Any(packages.Has))
        {
            missing = missing.Append(AnyOfPackages[0]);
        }

        return EquatableArray.From(missing);
    }
}
