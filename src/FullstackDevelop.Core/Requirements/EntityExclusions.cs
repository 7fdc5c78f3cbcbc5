using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Problems;

namespace FullstackDevelop.Core.Requirements;

/// <summary>
/// The entity declarations and properties an error was reported about, which the valid part of the requirements leaves
/// out: an error about an entity (or one of its attributes) leaves out the entity, an error about a property (or one of
/// its attributes) leaves out the property.
/// </summary>
internal sealed class EntityExclusions
{
    private readonly HashSet<int> _entities;
    private readonly HashSet<(int Entity, int Property)> _properties;

    private EntityExclusions(HashSet<int> entities, HashSet<(int Entity, int Property)> properties)
    {
        _entities = entities;
        _properties = properties;
    }

    /// <summary>Nothing left out.</summary>
    public static EntityExclusions None { get; } = new(new HashSet<int>(), new HashSet<(int Entity, int Property)>());

    /// <summary>How many entities and properties are left out.</summary>
    public int Count => _entities.Count + _properties.Count;

    public bool ExcludesEntity(int index) => _entities.Contains(index);

    public bool ExcludesProperty(int entity, int property) => _properties.Contains((entity, property));

    /// <summary>These exclusions and the declarations the errors among <paramref name="problems"/> are about.</summary>
    public EntityExclusions With(IEnumerable<Problem> problems)
    {
        var entities = new HashSet<int>(_entities);
        var properties = new HashSet<(int Entity, int Property)>(_properties);
        foreach (var subject in problems.Where(p => p.Descriptor.Severity == ProblemSeverity.Error).Select(p => p.Subject))
        {
            if (subject.Kind == DeclarationKind.Entity && subject.Index >= 0)
            {
                entities.Add(subject.Index);
            }
            else if (subject.Kind == DeclarationKind.EntityProperty)
            {
                properties.Add((subject.Index, subject.MemberIndex));
            }
        }

        return new EntityExclusions(entities, properties);
    }
}
