using System.Collections.Generic;
using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Backend;

/// <summary>The files of the generated C# backend, in the order they are rendered.</summary>
public static class BackendArtifacts
{
    /// <summary>Every artifact.</summary>
    public static IReadOnlyList<BackendArtifact> All { get; } = new[]
    {
        new BackendArtifact("csharp-contracts", "Contracts.{0}Contracts.g.cs", ArtifactScope.Entity, "the DTO records", default, _ => true),
        new BackendArtifact("csharp-paged-result", "Contracts.PagedResult.g.cs", ArtifactScope.Project, "the paged list result", EquatableArray.Of(BackendPackages.AspNetCoreAssembly), _ => true),
    };
}
