using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Generators.Emitting;

namespace FullstackDevelop.Generators.Model;

/// <summary>One entity's part of the requirements snapshot, written once per change of that entity.</summary>
/// <param name="Json">Its JSON, as it stands in the snapshot (<see cref="RequirementsJson.WriteEntity(EntityInfo)"/>).</param>
/// <param name="Literal">The same text escaped for a C# string literal, without the quotes.</param>
internal sealed record SnapshotFragment(string Json, string Literal)
{
    public static SnapshotFragment Of(EntityInfo entity)
    {
        var json = RequirementsJson.WriteEntity(entity);
        return new SnapshotFragment(json, CSharpLiteral.Escape(json));
    }
}
