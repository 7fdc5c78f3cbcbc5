using System.Globalization;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Tests.Templates;

/// <summary>
/// JHipster's benchmark model at any size: entities with a key and five fields, each referring to the one before it;
/// optionally also linked to the one before by a many-to-many relation.
/// </summary>
internal static class ChainModel
{
    public static ProjectRequirements Of(int entities, bool manyToMany = false) => new(
        new ProjectInfo("Benchmark", ProjectScale.Enterprise, ScaleSource.Declared, 100_000, EquatableArray.Of("aspnetcore", "react", "postgresql")),
        EquatableArray.Of("user-authentication"),
        EquatableArray.From(Enumerable.Range(0, entities).Select(index => Entity(index, entities, manyToMany))),
        EquatableArray.Of(new RequirementEntry("ui.theme", "dark")),
        default);

    private static string Name(int index) => "Entity" + index.ToString("D4", CultureInfo.InvariantCulture);

    private static EntityInfo Entity(int index, int count, bool manyToMany)
    {
        var name = Name(index);
        var fields = new[]
        {
            new FieldInfo("Id", "int64", true, true, null, default),
            new FieldInfo("Name", "string", false, true, 100, default),
            new FieldInfo("Description", "string", false, false, 1_000, default),
            new FieldInfo("Amount", "decimal", false, true, null, default),
            new FieldInfo("StartsOn", "date", false, false, null, default),
            new FieldInfo("Active", "bool", false, true, null, default),
        }.ToList();
        var relations = new System.Collections.Generic.List<RelationInfo>();
        if (index > 0)
        {
            fields.Add(new FieldInfo("PreviousId", "int64", false, false, null, default));
            relations.Add(new RelationInfo("Previous", Name(index - 1), RelationKind.ManyToOne, "PreviousId", false));
            if (manyToMany)
            {
                relations.Add(Link("Befores", index, index - 1, "Afters"));
            }
        }

        if (manyToMany && index + 1 < count)
        {
            relations.Add(Link("Afters", index, index + 1, "Befores"));
        }

        return new EntityInfo(name, name + "s", EquatableArray.From(fields), EquatableArray.From(relations), "Benchmark.Domain." + name);
    }

    private static RelationInfo Link(string name, int index, int target, string inverse)
    {
        var (first, second) = index < target ? (Name(index), Name(target)) : (Name(target), Name(index));
        return new RelationInfo(name, Name(target), RelationKind.ManyToMany, null, false, inverse, Join: new JoinTableInfo(first + second, Name(index) + "Id", Name(target) + "Id"));
    }
}
