using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Backend;

/// <summary>What one entity's backend is built from (see <see cref="BackendModelBuilder.BuildEntity"/>); equal inputs build equal entities.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Targets">The entities its relations point at, each once.</param>
/// <param name="RootNamespace">The namespace generated code goes under.</param>
public sealed record BackendEntityInput(EntityInfo Entity, EquatableArray<EntityInfo> Targets, string RootNamespace);
