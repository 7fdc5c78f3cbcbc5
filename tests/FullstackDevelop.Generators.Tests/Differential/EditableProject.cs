using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FullstackDevelop.Generators.Tests.Infrastructure;

namespace FullstackDevelop.Generators.Tests.Differential;

/// <summary>
/// A project the differential test edits at random, as a user would while typing: entities, properties, attributes,
/// requirement keys, features, user templates, comments and method bodies, errors made and fixed. It renders to files.
/// </summary>
internal sealed class EditableProject
{
    private static readonly string[] Names = { "Book", "Author", "Review", "Store", "Shelf", "Loan", "Member", "Event" };
    private static readonly string[] Types = { "string", "int", "decimal", "bool", "System.DateTime", "System.Guid", "long?", "string?", "Genre" };
    private static readonly string[] Attributes = { "[Required]", "[MaxLength(40)]", "[MaxLength(Limits.Title)]", "[Range(1, 9)]", "[EmailAddress]", "[MaxLength(\"x\")]" };
    private static readonly string[] Features = { "book-reviews", "shopping-cart", "search", "user-authentication" };
    private static readonly string[] TemplatePaths = { "Templates/csharp-paged-result.scriban", "Templates/csharp-header.scriban", "Templates/custom-notes.scriban" };

    private readonly Random _random;
    private readonly List<EntityState> _entities = new();
    private readonly SortedDictionary<string, string> _requirements = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _features = new(StringComparer.Ordinal);
    private int _limit = 60;
    private bool _syntaxError;
    private int _blankLines;

    public EditableProject(int seed)
    {
        _random = new Random(seed);
        _entities.Add(new EntityState("Book"));
        _entities.Add(new EntityState("Author"));
    }

    /// <summary>The user's <c>.scriban</c> files by path.</summary>
    public SortedDictionary<string, string> Templates { get; } = new(StringComparer.Ordinal);

    /// <summary>Makes one random edit.</summary>
    /// <returns>What it did, and whether it changed no declaration the generator reads.</returns>
    public (string Description, bool ChangesNoDeclaration) Edit()
    {
        var entity = _entities.Count > 0 ? _entities[_random.Next(_entities.Count)] : null;
        switch (_random.Next(15))
        {
            case 0 when _entities.Count < 5:
                var name = Names.Except(_entities.Select(e => e.Name)).First();
                _entities.Add(new EntityState(name));
                return ("add entity " + name, false);
            case 1 when entity is not null && _entities.Count > 1:
                _entities.Remove(entity);
                return ("remove entity " + entity.Name, false);
            case 2 when entity is not null && Names.Except(_entities.Select(e => e.Name)).Any():
                var old = entity.Name;
                entity.Name = Names.Except(_entities.Select(e => e.Name)).First();
                return ("rename entity " + old + " to " + entity.Name, false);
            case 3 when entity is not null:
                var property = new PropertyState("P" + entity.NextProperty++.ToString(CultureInfo.InvariantCulture), Pick(Types));
                entity.Properties.Add(property);
                return ("add property " + entity.Name + "." + property.Name + " : " + property.Type, false);
            case 4 when entity is { Properties.Count: > 0 }:
                var removed = Pick(entity.Properties.ToArray());
                entity.Properties.Remove(removed);
                return ("remove property " + entity.Name + "." + removed.Name, false);
            case 5 when entity is { Properties.Count: > 0 }:
                var retyped = Pick(entity.Properties.ToArray());
                retyped.Type = Pick(Types);
                return ("retype " + entity.Name + "." + retyped.Name + " to " + retyped.Type, false);
            case 6 when entity is { Properties.Count: > 0 }:
                var target = Pick(entity.Properties.ToArray());
                var attribute = Pick(Attributes);
                if (!target.Attributes.Remove(attribute))
                {
                    target.Attributes.Add(attribute);
                }

                return ("toggle " + attribute + " on " + entity.Name + "." + target.Name, false);
            case 7:
                var key = "app." + Pick("region", "currency", "theme");
                if (_requirements.ContainsKey(key) && _random.Next(2) == 0)
                {
                    _requirements.Remove(key);
                    return ("remove requirement " + key, false);
                }

                _requirements[key] = Pick("eu", "us", "dark", "light", "EUR");
                return ("set requirement " + key + " = " + _requirements[key], false);
            case 8:
                var feature = Pick(Features);
                if (!_features.Remove(feature))
                {
                    _features.Add(feature);
                }

                return ("toggle feature " + feature, false);
            case 9 when entity is not null:
                entity.LeadingComments++;
                return ("comment on top of " + entity.Name, true);
            case 10 when entity is not null:
                entity.MethodBody++;
                return ("edit a method body of " + entity.Name, true);
            case 11:
                var path = Pick(TemplatePaths);
                if (Templates.ContainsKey(path) && _random.Next(3) == 0)
                {
                    Templates.Remove(path);
                    return ("remove template " + path, false);
                }

                Templates[path] = Pick("// {{ project.namespace }}\n", "// edited {{ project.namespace }}\n", "{{ if }}\n", "// {{ include 'csharp-header' }}\n");
                return ("write template " + path, false);
            case 12:
                _syntaxError = !_syntaxError;
                return ((_syntaxError ? "make" : "fix") + " a syntax error", false);
            case 13 when entity is not null:
                entity.HasKey = !entity.HasKey;
                return ((entity.HasKey ? "restore" : "remove") + " the key of " + entity.Name, false);
            case 14:
                _limit = _random.Next(10, 200);
                return ("set Limits.Title to " + _limit.ToString(CultureInfo.InvariantCulture), false);
            default:
                _blankLines++;
                return ("blank line at the end of Notes.cs", true);
        }
    }

    /// <summary>The project's files as they are now.</summary>
    public IReadOnlyList<SourceFile> Files()
    {
        var files = new List<SourceFile>
        {
            new("Requirements.cs", "using FullstackDevelop;\n\n[assembly: FullstackProject(\"Library\")]\n"
                + string.Concat(_features.Select(f => "[assembly: Feature(\"" + f + "\")]\n"))
                + string.Concat(_requirements.Select(r => "[assembly: Requirement(\"" + r.Key + "\", \"" + r.Value + "\")]\n"))),
            new("Domain/Shared.cs", "namespace Library.Domain;\n\npublic enum Genre { Fiction, Science }\n\npublic static class Limits\n{\n    public const int Title = " + _limit.ToString(CultureInfo.InvariantCulture) + ";\n}\n"),
            new("Notes.cs", "namespace Library;\n\ninternal static class Notes\n{\n    public static int Count() => " + (_syntaxError ? "1 +" : "1") + ";\n}\n" + new string('\n', _blankLines)),
        };
        files.AddRange(_entities.Select(Render));
        return files;
    }

    private static SourceFile Render(EntityState entity)
    {
        var text = new StringBuilder();
        for (var i = 0; i < entity.LeadingComments; i++)
        {
            text.Append("// note ").Append(i.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        text.Append("using System.ComponentModel.DataAnnotations;\nusing FullstackDevelop;\n\nnamespace Library.Domain;\n\n[Entity]\npublic class ").Append(entity.Name).Append("\n{\n");
        if (entity.HasKey)
        {
            text.Append("    public int Id { get; set; }\n\n");
        }

        foreach (var property in entity.Properties)
        {
            foreach (var attribute in property.Attributes)
            {
                text.Append("    ").Append(attribute).Append('\n');
            }

            text.Append("    public ").Append(property.Type).Append(' ').Append(property.Name).Append(" { get; set; }")
                .Append(property.Type == "string" ? " = \"\";\n\n" : "\n\n");
        }

        text.Append("    public int Twice(int value) => value * ").Append((entity.MethodBody + 2).ToString(CultureInfo.InvariantCulture)).Append(";\n}\n");
        return new SourceFile("Domain/" + entity.Name + ".cs", text.ToString());
    }

    private T Pick<T>(params T[] options) => options[_random.Next(options.Length)];

    /// <summary>One entity of the project.</summary>
    private sealed class EntityState(string name)
    {
        public string Name { get; set; } = name;

        public List<PropertyState> Properties { get; } = new();

        public int NextProperty { get; set; }

        public int LeadingComments { get; set; }

        public int MethodBody { get; set; }

        public bool HasKey { get; set; } = true;
    }

    /// <summary>One property of an entity.</summary>
    private sealed class PropertyState(string name, string type)
    {
        public string Name { get; } = name;

        public string Type { get; set; } = type;

        public List<string> Attributes { get; } = new();
    }
}
