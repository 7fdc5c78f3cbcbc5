using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.TestSupport;

namespace FullstackDevelop.Core.Tests.Migrations;

/// <summary>
/// A seeded sequence of the edits a team makes to its entities: fields added (of many types, optional or required, with a
/// range check), removed, made optional or required, a text's length changed; entities added (some with a reference,
/// that is a foreign key and its index) and removed. The library's authors and books, and their rows, always stay.
/// </summary>
internal sealed class RandomSchemaEdits
{
    private static readonly Func<string, PropertyDeclaration>[] NewFields =
    [
        name => Declare.Text(name, nullable: true),
        name => Declare.Text(name).With(Annotate.Required, Annotate.MaxLength(50)),
        name => Declare.Scalar(name, "System.Int32"),
        name => Declare.Scalar(name, "System.Int32", nullable: true).With(Annotate.Range(0, 100)),
        name => Declare.Scalar(name, "System.Boolean"),
        name => Declare.Scalar(name, "System.Decimal"),
        name => Declare.Scalar(name, "System.DateTimeOffset"),
        name => Declare.Scalar(name, "System.Guid", nullable: true),
        name => Declare.Scalar(name, "System.DateOnly"),
        name => Declare.Scalar(name, "System.TimeSpan"),
        name => Declare.Scalar(name, "System.Byte[]", nullable: true),
        name => Declare.EnumOf(name, "Low", "High"),
    ];

    private readonly Random _random;
    private readonly List<EntityDeclaration> _entities = MigrationModels.Library();
    private int _names;

    public RandomSchemaEdits(int seed) => _random = new Random(seed);

    public ProjectRequirements Requirements() => Agents.RulesSample.Build([.. _entities]);

    /// <summary>Makes one edit; returns what it did.</summary>
    public string Next()
    {
        var added = AddedFields().ToList();
        var removable = _entities.Where(entity => entity.Name.StartsWith('E') && !_entities.Any(other => other.Properties.Any(property => property.EntityTarget == entity.Name))).ToList();
        switch (_random.Next(6))
        {
            case 1 when added.Count > 0:
                var (owner, field) = added[_random.Next(added.Count)];
                Replace(owner, Without(owner, field.Name));
                return $"removed {owner.Name}.{field.Name}";
            case 2 when added.Count > 0:
                var (entity, toggled) = added[_random.Next(added.Count)];
                Replace(entity, With(Without(entity, toggled.Name), toggled with { IsNullable = !toggled.IsNullable }));
                return $"made {entity.Name}.{toggled.Name} {(toggled.IsNullable ? "required" : "optional")}";
            case 3:
                var name = "E" + ++_names;
                var properties = new List<PropertyDeclaration> { Declare.Id(), Declare.Text("Label", nullable: true) };
                if (_random.Next(2) == 0)
                {
                    var target = _entities[_random.Next(_entities.Count)].Name;
                    var optional = _random.Next(2) == 0;
                    properties.Add(Declare.Scalar(target + "Id", "System.Int32", nullable: optional));
                    properties.Add(Declare.Reference(target, target, nullable: optional));
                }

                _entities.Add(Declare.Entity(name, [.. properties]));
                return $"added entity {name} ({string.Join(", ", properties.Select(property => property.Name))})";
            case 4 when removable.Count > 0:
                var removed = removable[_random.Next(removable.Count)];
                _entities.Remove(removed);
                return $"removed entity {removed.Name}";
            case 5:
                var book = _entities.Single(candidate => candidate.Name == "Book");
                var length = 20 + _random.Next(200);
                Replace(book, With(Without(book, "Subtitle"), Declare.Text("Subtitle", nullable: true).With(Annotate.MaxLength(length))));
                return $"Book.Subtitle of at most {length}";
            default:
                var into = _entities[_random.Next(_entities.Count)];
                var fieldName = "F" + ++_names;
                var declaration = NewFields[_random.Next(NewFields.Length)](fieldName);
                Replace(into, With(into, declaration));
                return $"added {into.Name}.{fieldName} ({declaration.ClrType}{(declaration.IsNullable ? "?" : string.Empty)})";
        }
    }

    private IEnumerable<(EntityDeclaration Entity, PropertyDeclaration Field)> AddedFields() =>
        _entities.SelectMany(entity => entity.Properties.Where(property => property.Name.StartsWith('F')).Select(property => (entity, property)));

    private void Replace(EntityDeclaration old, EntityDeclaration updated) => _entities[_entities.IndexOf(old)] = updated;

    private static EntityDeclaration With(EntityDeclaration entity, PropertyDeclaration property) =>
        entity with { Properties = EquatableArray.From(entity.Properties.Append(property)) };

    private static EntityDeclaration Without(EntityDeclaration entity, string name) =>
        entity with { Properties = EquatableArray.From(entity.Properties.Where(property => property.Name != name)) };
}
