using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Generators.Tests.Runtime.Models;

namespace FullstackDevelop.Generators.Tests.Runtime.Generation;

/// <summary>
/// Makes a random entity model within the documented subset from a seed: entities with keys of every supported type
/// (single and composite), scalar fields of every supported type with random supported attributes, references
/// (required and optional, several to one entity, to itself, one-to-one), collections back, many-to-many, ignored
/// properties, and in one model of five an error the generator must report. Required references only point to entities
/// earlier in <see cref="ModelSpec.Entities"/>, so rows can always be created in that order.
/// </summary>
internal sealed partial class RandomModelGenerator
{
    private static readonly ScalarType[] KeyTypeWeights =
    {
        ScalarType.Int, ScalarType.Int, ScalarType.Int, ScalarType.Int, ScalarType.Long, ScalarType.Long, ScalarType.Guid, ScalarType.Guid,
        ScalarType.String, ScalarType.String, ScalarType.Short, ScalarType.Byte,
    };

    private static readonly string[] CustomKeyNames = { "Code", "Number", "Handle", "Serial" };
    private static readonly string[] KeyPartNames = { "Line", "Sequence", "Part", "Batch", "Revision", "Code" };

    private readonly Random _random;
    private readonly ModelSpec _model;
    private readonly Dictionary<EntitySpec, HashSet<string>> _names = new();
    private readonly Dictionary<EntitySpec, List<List<MemberSpec>>> _groups = new();
    private readonly HashSet<EntitySpec> _composite = new();
    private readonly HashSet<EntitySpec> _sharedKey = new();
    private readonly Dictionary<EntitySpec, List<FieldSpec>> _keys = new();
    private readonly HashSet<(EntitySpec, EntitySpec)> _unpaired = new();

    private RandomModelGenerator(int index, int seed)
    {
        _random = new Random(seed);
        _model = new ModelSpec(index, seed);
    }

    /// <summary>The model number <paramref name="index"/> of the run, made from <paramref name="seed"/>, with its source written.</summary>
    public static ModelSpec Generate(int index, int seed)
    {
        var generator = new RandomModelGenerator(index, seed);
        generator.Build();
        ModelSourceWriter.Write(generator._model);
        return generator._model;
    }

    private int Roll(int sides) => _random.Next(sides);

    private bool Chance(int percent) => _random.Next(100) < percent;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private void Build()
    {
        _model.Authentication = Chance(15);
        if (Chance(70))
        {
            foreach (var i in Enumerable.Range(0, NamePools.Enums.Length).OrderBy(_ => _random.Next()).Take(1 + Roll(2)))
            {
                _model.Enums.Add(new EnumSpec(NamePools.Enums[i], NamePools.EnumMembers[i]));
            }
        }

        var count = Roll(100) switch
        {
            < 8 => 1,
            < 25 => 2,
            < 50 => 3,
            < 75 => 4,
            < 90 => 5,
            _ => 6,
        };
        foreach (var name in NamePools.Entities.OrderBy(_ => _random.Next()).Take(count))
        {
            var entity = new EntitySpec(name) { IsSealed = Chance(50) };
            _model.Entities.Add(entity);
            _names[entity] = new HashSet<string>(StringComparer.Ordinal) { name };
            _groups[entity] = new List<List<MemberSpec>>();
            _keys[entity] = new List<FieldSpec>();
            if (Chance(12))
            {
                _composite.Add(entity);
            }
            else if (_model.Entities.Count > 1 && Chance(6))
            {
                _sharedKey.Add(entity);
            }
            else
            {
                AddSingleKey(entity);
            }
        }

        foreach (var entity in _model.Entities)
        {
            AddKeysWithReferences(entity);
            AddReferencesToEarlier(entity);
            if (IsTarget(entity) && Chance(15))
            {
                AddReference(entity, entity, "Parent", required: false);
            }
        }

        AddBackwardReferences();
        AddInverses();
        AddManyToMany();
        AddIgnoredNavigations();
        foreach (var entity in _model.Entities)
        {
            AddScalarFields(entity);
            AddIgnoredProperties(entity);
        }

        // One model in five contains an error, each kind in turn, so a run of 50 has every kind.
        if (_model.Index % 5 == 2)
        {
            InjectDefect(_model.Index / 5);
        }

        foreach (var entity in _model.Entities)
        {
            Arrange(entity);
        }
    }

    private MemberSpec MemberOf(EntitySpec entity, string name) => _groups[entity].SelectMany(g => g).Single(m => m.Name == name);

    /// <summary>True when references can point to the entity: it has a single key.</summary>
    private bool IsTarget(EntitySpec entity) => !_composite.Contains(entity);

    private string Free(EntitySpec entity, string name)
    {
        var candidate = name;
        for (var i = 2; _names[entity].Contains(candidate) || _names[entity].Contains(candidate + "Id"); i++)
        {
            candidate = name + i;
        }

        _names[entity].Add(candidate);
        return candidate;
    }

    private void AddSingleKey(EntitySpec entity)
    {
        var type = Pick(KeyTypeWeights);
        var conventional = Roll(10);
        var name = type == ScalarType.Guid || conventional < 6 ? "Id" : conventional < 8 ? entity.Name + "Id" : Pick(CustomKeyNames);
        var key = new FieldSpec(name, type) { IsKey = true, IsGenerated = ScalarTypes.IsGeneratedKeyType(type) };
        key.Access = key.IsGenerated
            ? Roll(8) switch { 0 or 1 => Access.PrivateSetter, 2 => Access.InitOnly, _ => Access.ReadWrite }
            : Chance(20) ? Access.InitOnly : Access.ReadWrite;
        if ((name != "Id" && name != entity.Name + "Id") || Chance(20))
        {
            key.Attributes.Add("Key");
        }

        if (type == ScalarType.String)
        {
            key.Initializer = "\"\"";
            if (Chance(40))
            {
                key.MaxLength = 12 + Roll(50);
                key.Attributes.Add("MaxLength(" + key.MaxLength + ")");
            }
        }

        _names[entity].Add(name);
        _keys[entity].Add(key);
        _groups[entity].Insert(0, new List<MemberSpec> { Declarations.Field(key) });
    }

    private void AddKeysWithReferences(EntitySpec entity)
    {
        var earlier = _model.Entities.TakeWhile(e => e != entity).Where(IsTarget).ToList();
        if (_sharedKey.Contains(entity))
        {
            // The key is the foreign key of a required reference: at most one row per target row.
            var target = Pick(earlier);
            AddReference(entity, target, target.Name, required: true, isKey: true);
            return;
        }

        if (!_composite.Contains(entity))
        {
            return;
        }

        var parts = Chance(20) ? 3 : 2;
        var keyGroup = new List<MemberSpec>();
        var referenceParts = earlier.Count == 0 ? 0 : Chance(50) ? (Chance(40) ? 2 : 1) : 0;
        for (var i = 0; i < parts; i++)
        {
            if (i < referenceParts)
            {
                var target = Pick(earlier);
                AddReference(entity, target, _names[entity].Contains(target.Name) ? Pick(NamePools.Roles) : target.Name, required: true, isKey: true);
                continue;
            }

            var key = new FieldSpec(Free(entity, Pick(KeyPartNames)), Pick(ScalarTypes.KeyTypes)) { IsKey = true };
            key.Attributes.Add("Key");
            key.Access = Chance(15) ? Access.InitOnly : Access.ReadWrite;
            if (key.Type == ScalarType.String)
            {
                key.Initializer = "\"\"";
            }

            _keys[entity].Add(key);
            keyGroup.Add(Declarations.Field(key));
        }

        _groups[entity].Add(keyGroup);
    }

    private void AddReferencesToEarlier(EntitySpec entity)
    {
        foreach (var target in _model.Entities.TakeWhile(e => e != entity).Where(IsTarget))
        {
            if (!Chance(30))
            {
                continue;
            }

            var several = Chance(15) ? 2 : 1;
            for (var i = 0; i < several; i++)
            {
                var name = _names[entity].Contains(target.Name) || _names[entity].Contains(target.Name + "Id") ? Pick(NamePools.Roles) : target.Name;
                AddReference(entity, target, name, required: Chance(50));
            }
        }
    }

    // Optional references may point to entities created later: a row is created without them and linked on update.
    private void AddBackwardReferences()
    {
        for (var i = 0; i < _model.Entities.Count; i++)
        {
            foreach (var target in _model.Entities.Skip(i + 1).Where(IsTarget))
            {
                if (Chance(6))
                {
                    var source = _model.Entities[i];
                    AddReference(source, target, _names[source].Contains(target.Name) ? Pick(NamePools.Roles) : target.Name, required: false);
                }
            }
        }
    }

    private ReferenceSpec AddReference(EntitySpec source, EntitySpec target, string navigation, bool required, bool isKey = false)
    {
        navigation = Free(source, navigation);
        var targetKey = _keys[target].Single();
        var style = isKey ? ForeignKeyStyle.Conventional : Roll(10) switch
        {
            < 6 => ForeignKeyStyle.Conventional,
            < 8 => ForeignKeyStyle.OnNavigation,
            _ => ForeignKeyStyle.OnForeignKey,
        };
        var keyName = style switch
        {
            ForeignKeyStyle.Conventional => navigation + "Id",
            ForeignKeyStyle.OnNavigation => navigation + "Key",
            _ => navigation + "Ref",
        };
        _names[source].Add(keyName);
        var foreignKey = new FieldSpec(keyName, targetKey.Type)
        {
            IsKey = isKey,
            Nullable = !required,
            Access = !isKey && Chance(10) ? Access.InitOnly : Access.ReadWrite,
        };
        var reference = new ReferenceSpec(source, navigation, target, foreignKey) { Style = style };
        foreignKey.ForeignKeyOf = reference;
        // [Required] on the navigation makes the reference required: only towards an entity whose rows exist first.
        if (!required && !isKey && source != target && _model.Entities.IndexOf(target) < _model.Entities.IndexOf(source) && Chance(12))
        {
            reference.RequiredOnNavigation = true;
        }

        if (isKey)
        {
            foreignKey.Attributes.Add("Key");
            _keys[source].Add(foreignKey);
        }

        if (style == ForeignKeyStyle.OnForeignKey)
        {
            foreignKey.Attributes.Add("ForeignKey(nameof(" + navigation + "))");
        }

        if (targetKey.Type == ScalarType.String && !foreignKey.Nullable)
        {
            foreignKey.Initializer = "\"\"";
        }

        var navigationMember = Declarations.Reference(navigation, target);
        if (reference.RequiredOnNavigation)
        {
            navigationMember.Attributes.Add("Required");
        }

        if (style == ForeignKeyStyle.OnNavigation)
        {
            navigationMember.Attributes.Add("ForeignKey(\"" + keyName + "\")");
        }

        var keyMember = Declarations.Field(foreignKey);
        var group = Chance(50) ? new List<MemberSpec> { keyMember, navigationMember } : new List<MemberSpec> { navigationMember, keyMember };
        if (isKey)
        {
            _groups[source].Insert(0, group);
        }
        else
        {
            _groups[source].Add(group);
        }

        source.References.Add(reference);
        return reference;
    }

    private void AddInverses()
    {
        foreach (var reference in _model.References.ToList())
        {
            var (source, target) = (reference.Source, reference.Target);
            var alike = source.References.Count(r => r.Target == target);
            var back = target.References.Any(r => r.Target == source && source != target);
            if (alike != 1 || back)
            {
                continue;
            }

            if (source == target)
            {
                if (Chance(50))
                {
                    reference.Inverse = InverseKind.Collection;
                    reference.InverseName = Free(target, "Children");
                    _groups[target].Add(new List<MemberSpec> { Declarations.Collection(reference.InverseName, source, Roll(3)) });
                }

                continue;
            }

            if (!reference.ForeignKey.IsKey && Chance(20) && !_names[target].Contains(source.Name) && !_names[target].Contains(source.Name + "Id"))
            {
                reference.Inverse = InverseKind.Reference;
                reference.InverseName = Free(target, source.Name);
                _groups[target].Add(new List<MemberSpec> { Declarations.Reference(reference.InverseName, source) });
            }
            else if (Chance(45))
            {
                reference.Inverse = InverseKind.Collection;
                reference.InverseName = Free(target, source.Plural);
                _groups[target].Add(new List<MemberSpec> { Declarations.Collection(reference.InverseName, source, Roll(3)) });
            }
        }
    }

    private bool Unrelated(EntitySpec a, EntitySpec b) =>
        a != b
        && !a.References.Any(r => r.Target == b) && !b.References.Any(r => r.Target == a)
        && !_model.ManyToMany.Any(m => (m.Left == a && m.Right == b) || (m.Left == b && m.Right == a));

    private void AddManyToMany()
    {
        var targets = _model.Entities.Where(IsTarget).ToList();
        var pairs = targets.SelectMany(a => targets.Where(b => string.CompareOrdinal(a.Name, b.Name) < 0).Select(b => (a, b))).ToList();
        var wanted = Chance(50) ? (Chance(30) ? 2 : 1) : 0;
        foreach (var (a, b) in pairs.OrderBy(_ => _random.Next()))
        {
            if (wanted == 0)
            {
                break;
            }

            if (!Unrelated(a, b))
            {
                continue;
            }

            var relation = new ManyToManySpec(a, Free(a, b.Plural), b, Free(b, a.Plural));
            _model.ManyToMany.Add(relation);
            _groups[a].Add(new List<MemberSpec> { Declarations.Collection(relation.LeftNavigation, b, Roll(3)) });
            _groups[b].Add(new List<MemberSpec> { Declarations.Collection(relation.RightNavigation, a, Roll(3)) });
            wanted--;
        }
    }

    // Navigations that pair with nothing: ignored with FSD0032, so EF Core must not map them either.
    private void AddIgnoredNavigations()
    {
        foreach (var target in _model.Entities)
        {
            foreach (var source in _model.Entities.Where(s => s != target && s.References.Count(r => r.Target == target) > 1).ToList())
            {
                if (Chance(25) && !target.References.Any(r => r.Target == source) && !_names[target].Contains(source.Plural))
                {
                    // Several references to one entity: the collection cannot tell which one it mirrors.
                    _groups[target].Add(new List<MemberSpec> { Declarations.Collection(Free(target, source.Plural), source, Roll(3), "FSD0032") });
                }
            }
        }

        var entities = _model.Entities.Where(IsTarget).ToList();
        foreach (var entity in _model.Entities)
        {
            var others = entities.Where(other => Unrelated(entity, other) && !_unpaired.Contains((other, entity)) && !_names[entity].Contains(other.Plural)).ToList();
            if (others.Count > 0 && Chance(8))
            {
                var other = Pick(others);
                _unpaired.Add((entity, other));
                _groups[entity].Add(new List<MemberSpec> { Declarations.Collection(Free(entity, other.Plural), other, Roll(3), "FSD0032") });
            }
        }
    }

    private void AddScalarFields(EntitySpec entity)
    {
        var count = Roll(20) == 0 ? 0 : 1 + Roll(6);
        var types = ScalarTypes.All.Where(t => t != ScalarType.Enum || _model.Enums.Count > 0).ToList();
        for (var i = 0; i < count; i++)
        {
            var type = Pick(types);
            var enumType = type == ScalarType.Enum ? Pick(_model.Enums) : null;
            var field = FieldFactory.Scalar(_random, NamePools.Field(_random, type, _names[entity]), type, enumType);
            _groups[entity].Add(new List<MemberSpec> { Declarations.Field(field) });
        }
    }

    private void AddIgnoredProperties(EntitySpec entity)
    {
        if (!_model.UsesAddress && Chance(25))
        {
            _model.UsesAddress = true;
            var home = Free(entity, "Home");
            _groups[entity].Add(new List<MemberSpec> { new(home, "public Address? " + home + " { get; set; }") { ExpectedWarning = "FSD0008" } });
        }

        if (Chance(10))
        {
            var display = Free(entity, "Display");
            var member = new MemberSpec(display, "public string " + display + " { get; set; } = \"\";");
            member.Attributes.Add("NotMapped");
            _groups[entity].Add(new List<MemberSpec> { member });
        }

        if (Chance(8))
        {
            var revision = Free(entity, "Revision");
            _groups[entity].Add(new List<MemberSpec> { new(revision, "public int " + revision + " => 1;") { ExpectedWarning = "FSD0030" } });
        }
    }

    // Keys first, as users write them; the rest in random order, a foreign key next to its navigation.
    private void Arrange(EntitySpec entity)
    {
        var groups = _groups[entity];
        var keys = groups.Where(g => g.Any(m => m.Field is { IsKey: true })).ToList();
        foreach (var group in keys.Concat(groups.Except(keys).OrderBy(_ => _random.Next())))
        {
            entity.Members.AddRange(group);
        }
    }
}
