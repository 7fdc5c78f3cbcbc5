using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FullstackDevelop.Generators.Tests.Infrastructure;

namespace FullstackDevelop.Generators.Tests.Oracle;

/// <summary>A random project: its files and whether the project enables nullable annotations.</summary>
internal sealed record OracleProject(IReadOnlyList<SourceFile> Files, bool NullableEnabled)
{
    /// <summary>Every file with its path, for failure messages.</summary>
    public string Describe() => "<Nullable>" + (NullableEnabled ? "enable" : "disable") + "</Nullable>\n"
        + string.Join("\n", Files.Select(file => "// ---- " + file.Path + "\n" + file.Text));
}

/// <summary>
/// Writes a random project whose entities name their types and constants in every way C# allows that
/// the generator claims to resolve: aliases, global and static usings, nested and file-scoped namespaces,
/// partial types over files, records, nested types, constants of other files and of a referenced assembly,
/// nullable contexts, generic collections. Every project compiles without errors.
/// </summary>
internal sealed class RandomProjectWriter
{
    private static readonly string[] EntityNames = { "Order", "Ticket", "Invoice", "Shipment", "Patient", "Course" };
    private static readonly string[] PropertyNames = { "Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa", "Lambda", "Omicron" };

    private readonly Random _random;
    private readonly Imports _global = new();
    private readonly bool _domainLimits;
    private readonly bool _nullable;
    private readonly List<string> _entities;
    private readonly string? _nestedEntity;
    private readonly List<SourceFile> _files = new();

    private RandomProjectWriter(int seed)
    {
        _random = new Random(seed);
        _domainLimits = Chance(0.3);
        _nullable = Chance(0.5);
        _entities = EntityNames.OrderBy(_ => _random.Next()).Take(_random.Next(1, 5)).ToList();
        _nestedEntity = _entities.Count > 1 && Chance(0.15) ? _entities[^1] : null;
    }

    /// <summary>The project of <paramref name="seed"/>.</summary>
    public static OracleProject Write(int seed) => new RandomProjectWriter(seed).Write();

    private OracleProject Write()
    {
        _files.Add(new SourceFile("Project.cs", "[assembly: FullstackDevelop.FullstackProject(\"Oracle\")]\n"));
        WriteGlobalUsings();
        WriteShared();
        if (_domainLimits)
        {
            _files.Add(new SourceFile("Domain/Limits.cs", $$"""
                namespace Oracle.Domain
                {
                    internal static class Limits
                    {
                        public const int Name = {{_random.Next(100, 200)}};
                        public const int Short = {{_random.Next(1, 9)}};
                        public const string Code = "^[0-9]+$";

                        public static class Nested
                        {
                            public const int Wide = {{_random.Next(300, 400)}};
                        }
                    }
                }
                """));
        }

        foreach (var entity in _entities)
        {
            WriteEntity(entity, entity == _nestedEntity);
        }

        return new OracleProject(_files, _nullable);
    }

    private void WriteGlobalUsings()
    {
        var lines = new List<string>();
        if (Chance(0.3))
        {
            lines.Add("global using System;");
            _global.System = true;
        }

        if (Chance(0.3))
        {
            lines.Add("global using System.Collections.Generic;");
            _global.Generic = true;
        }

        if (Chance(0.3))
        {
            lines.Add("global using Oracle.Shared;");
            _global.Shared = true;
        }

        if (Chance(0.3))
        {
            lines.Add("global using Money = System.Decimal;");
            _global.Money = true;
        }

        if (Chance(0.2))
        {
            lines.Add("global using static Oracle.Shared.Codes;");
            _global.StaticCodes = true;
        }

        if (lines.Count > 0)
        {
            _files.Add(new SourceFile("GlobalUsings.cs", string.Join("\n", lines) + "\n"));
        }
    }

    private void WriteShared()
    {
        var tiers = new[] { "Bronze", "Silver", "Gold", "Platinum" }.Take(_random.Next(1, 5));
        var statuses = new[] { "Open", "Held", "Closed" }.OrderBy(_ => _random.Next()).Take(_random.Next(1, 4));
        var limits = $$"""
            public static class Limits
            {
                public const int Name = Short;
                public const int Short = {{_random.Next(10, 90)}};
                public const string Code = "^[A-Z]{2,5}$";

                public static class Nested
                {
                    public const int Wide = {{_random.Next(200, 300)}};
                }
            }
            """;
        var codes = "public static class Codes\n{\n    public enum Status { " + string.Join(", ", statuses) + " }\n}\n";
        var tier = "public enum Tier { " + string.Join(", ", tiers) + " }\n";
        if (Chance(0.5))
        {
            _files.Add(new SourceFile("Shared/Shared.cs", "namespace Oracle.Shared;\n\n" + tier + "\n" + codes + "\n" + limits + "\n"));
        }
        else
        {
            _files.Add(new SourceFile("Shared/Tier.cs", "namespace Oracle.Shared\n{\n" + tier + "}\n"));
            _files.Add(new SourceFile("Shared/Limits.cs", "namespace Oracle\n{\n    namespace Shared\n    {\n" + codes + "\n" + limits + "\n    }\n}\n"));
        }
    }

    private void WriteEntity(string name, bool nested)
    {
        var split = !nested && Chance(0.35);
        var isRecord = Chance(0.3);
        var positional = isRecord && !split && Chance(0.5);
        var hasKind = Chance(0.4);
        var properties = PropertyNames.OrderBy(_ => _random.Next()).Take(_random.Next(1, 8)).ToList();
        var firstCount = split ? _random.Next(0, properties.Count + 1) : properties.Count;

        var layout = new FileLayout(this);
        var body = new StringBuilder();
        var entityAttribute = layout.Pick(new Spelling("Entity", i => i.Fullstack), new Spelling("FullstackDevelop.Entity"), new Spelling("FullstackDevelop.EntityAttribute"), new Spelling("global::FullstackDevelop.Entity"));
        var table = Chance(0.2) ? "(Table = \"T_" + name + "\")" : string.Empty;
        var keyword = isRecord ? "record" : "class";
        var modifiers = "public " + (Chance(0.3) && !split ? "sealed " : string.Empty) + (split || Chance(0.2) ? "partial " : string.Empty);
        var header = "[" + entityAttribute + table + "]\n" + modifiers + keyword + " " + name;
        if (positional)
        {
            var code = Chance(0.5) ? "[property: " + layout.Attribute("MaxLength") + "(" + _random.Next(1, 50).ToString(CultureInfo.InvariantCulture) + ")] " : string.Empty;
            header += "(int Id, " + code + layout.Type(TypeFamily.String, name, hasKind) + " Code)";
        }

        body.Append(header).Append("\n{\n");
        body.Append("    private const int NameLength = ").Append(_random.Next(20, 60).ToString(CultureInfo.InvariantCulture)).Append(";\n\n");
        if (hasKind)
        {
            body.Append("    public enum Kind { Small, Large }\n\n");
        }

        if (!positional)
        {
            body.Append("    public int Id { get; set; }\n\n");
        }

        foreach (var property in properties.Take(firstCount))
        {
            body.Append(Property(layout, property, name, hasKind));
        }

        body.Append("    public override string ToString() => \"").Append(name).Append("\";\n}\n");
        var text = nested ? "public static class Catalog\n{\n" + body + "}\n" : body.ToString();
        _files.Add(new SourceFile("Domain/" + name + ".cs", layout.Wrap(text)));

        if (split)
        {
            var second = new FileLayout(this);
            var rest = new StringBuilder("partial " + keyword + " " + name + "\n{\n");
            foreach (var property in properties.Skip(firstCount))
            {
                rest.Append(Property(second, property, name, hasKind));
            }

            rest.Append("}\n");
            _files.Add(new SourceFile("Domain/" + name + ".Part.cs", second.Wrap(rest.ToString())));
        }
    }

    private string Property(FileLayout layout, string property, string entity, bool hasKind)
    {
        var directive = Chance(0.15) ? (Chance(0.5) ? "enable" : "disable") : null;
        var family = (TypeFamily)_random.Next(Enum.GetValues<TypeFamily>().Length);
        if (family == TypeFamily.Kind && !hasKind)
        {
            family = TypeFamily.Int;
        }

        var nullableHere = directive is null ? layout.Nullable : directive == "enable";
        var text = new StringBuilder();
        if (directive is not null)
        {
            text.Append("#nullable ").Append(directive).Append('\n');
        }

        // Each attribute at most once: C# allows no repeats of these.
        foreach (var attribute in Enumerable.Range(0, _random.Next(0, 3)).Select(_ => _random.Next(8)).Distinct())
        {
            text.Append("    [").Append(AttributeUse(layout, entity, attribute)).Append("]\n");
        }

        string type;
        string? initializer = null;
        if (Chance(0.2))
        {
            var element = layout.Type(Pick(TypeFamily.Entity, TypeFamily.Int, TypeFamily.String, TypeFamily.Tier), entity, hasKind);
            type = layout.Pick(
                new Spelling("List<" + element + ">", i => i.Generic),
                new Spelling("ICollection<" + element + ">", i => i.Generic),
                new Spelling("IReadOnlyList<" + element + ">", i => i.Generic),
                new Spelling("HashSet<" + element + ">", i => i.Generic),
                new Spelling("IEnumerable<" + element + ">", i => i.Generic),
                new Spelling("System.Collections.Generic.IList<" + element + ">"),
                new Spelling("Col.List<" + element + ">", i => i.Col),
                new Spelling("Tags", i => i.Tags),
                new Spelling(element + "[]"));
            initializer = Chance(0.5) ? "[]" : null;
        }
        else
        {
            type = layout.Type(family, entity, hasKind);
            var isReference = family is TypeFamily.String or TypeFamily.Entity;
            if (isReference && nullableHere && Chance(0.3))
            {
                type += "?";
            }
            else if (!isReference && Chance(0.25))
            {
                type = Chance(0.7) ? type + "?" : layout.Pick(new Spelling("System.Nullable<" + type + ">"), new Spelling("Nullable<" + type + ">", i => i.System));
            }

            initializer = isReference && !type.EndsWith('?') && Chance(0.6) ? (family == TypeFamily.String && Chance(0.5) ? "\"\"" : "null!") : null;
        }

        var accessors = Pick("{ get; set; }", "{ get; set; }", "{ get; init; }", "{ get; private set; }", "{ get; internal set; }", "{ get; }");
        var required = accessors.Contains("set;", StringComparison.Ordinal) && !accessors.Contains("private", StringComparison.Ordinal) && !accessors.Contains("internal", StringComparison.Ordinal) && Chance(0.15) ? "required " : string.Empty;
        text.Append("    public ").Append(required).Append(type).Append(' ').Append(property).Append(' ').Append(accessors);
        text.Append(initializer is null ? "\n" : " = " + initializer + ";\n");
        if (directive is not null)
        {
            text.Append("#nullable restore\n");
        }

        return text.Append('\n').ToString();
    }

    private string AttributeUse(FileLayout layout, string entity, int attribute)
    {
        var length = Pick("NameLength", "Limits.Name", "Limits.Short", "Limits.Nested.Wide", "Oracle.Shared.Limits.Name", "Shared.Limits.Short",
            "global::Oracle.Shared.Limits.Nested.Wide", "Oracle.External.ExternalLimits.Max", "Limits.Short * 2", entity + ".NameLength", _random.Next(1, 500).ToString(CultureInfo.InvariantCulture));
        if (length.StartsWith("Limits.", StringComparison.Ordinal) && !layout.Has(i => i.Shared) && !_domainLimits)
        {
            length = "Oracle.Shared." + length;
        }

        return attribute switch
        {
            0 => layout.Attribute("Required"),
            1 => layout.Attribute("MaxLength") + "(" + length + ")",
            2 => layout.Attribute("MinLength") + "(" + _random.Next(0, 5).ToString(CultureInfo.InvariantCulture) + ")",
            3 => layout.Attribute("StringLength") + "(" + length + (Chance(0.5) ? ", MinimumLength = 1" : string.Empty) + ")",
            4 => layout.Attribute("Range") + Pick("(1, " + length + ")", "(0.5, 9.25)", "(-3, 3, ErrorMessage = \"out of range\")"),
            5 => layout.Attribute("RegularExpression") + "(" + Pick(layout.Has(i => i.Shared) || _domainLimits ? "Limits.Code" : "Shared.Limits.Code", "Oracle.Shared.Limits.Code", "\"^[a-z]+$\"") + ")",
            6 => layout.Attribute("EmailAddress"),
            _ => layout.Attribute("Key"),
        };
    }

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(params T[] options) => options[_random.Next(options.Length)];

    /// <summary>The kinds of property type a project uses.</summary>
    private enum TypeFamily
    {
        Int,
        Long,
        String,
        Decimal,
        Bool,
        DateTime,
        Guid,
        DateOnly,
        Tier,
        Status,
        DayOfWeek,
        Color,
        Kind,
        Entity,
    }

    /// <summary>What a file can name without qualification: global usings and its own.</summary>
    private sealed class Imports
    {
        public bool System { get; set; }

        public bool Generic { get; set; }

        public bool Shared { get; set; }

        public bool Money { get; set; }

        public bool StaticCodes { get; set; }

        public bool Tiers { get; set; }

        public bool Col { get; set; }

        public bool Tags { get; set; }

        public bool Annotations { get; set; }

        public bool AnnotationsAlias { get; set; }

        public bool Fullstack { get; set; }
    }

    /// <summary>One way of writing a name, valid when the file's imports allow it.</summary>
    private sealed record Spelling(string Text, Func<Imports, bool>? Requires = null);

    /// <summary>One file's namespace layout, usings and nullable directive; spells names that are valid in it.</summary>
    private sealed class FileLayout
    {
        private readonly RandomProjectWriter _writer;
        private readonly Imports _local = new();
        private readonly List<string> _usings = new();
        private readonly int _style;
        private readonly string? _directive;

        public FileLayout(RandomProjectWriter writer)
        {
            _writer = writer;
            _style = writer._random.Next(3);
            _directive = writer.Chance(0.3) ? (writer.Chance(0.5) ? "enable" : "disable") : null;
            var inside = _style > 0 && writer.Chance(0.4);
            Add(0.5, "using System;", i => i.System = true);
            Add(0.5, "using System.Collections.Generic;", i => i.Generic = true);
            Add(0.5, inside && _style == 2 ? "using Shared;" : "using Oracle.Shared;", i => i.Shared = true);
            Add(0.6, "using System.ComponentModel.DataAnnotations;", i => i.Annotations = true);
            Add(0.2, "using DA = System.ComponentModel.DataAnnotations;", i => i.AnnotationsAlias = true);
            Add(0.5, "using FullstackDevelop;", i => i.Fullstack = true);
            Add(0.2, "using static Oracle.Shared.Codes;", i => i.StaticCodes = true);
            Add(0.2, inside && _style == 2 ? "using Tiers = Shared.Tier;" : "using Tiers = Oracle.Shared.Tier;", i => i.Tiers = true);
            Add(0.2, "using Tags = System.Collections.Generic.List<string>;", i => i.Tags = true);
            Add(0.2, "using Col = System.Collections.Generic;", i => i.Col = true);
            if (inside || !writer._global.Money)
            {
                Add(0.2, "using Money = System.Decimal;", i => i.Money = true);
            }

            Inside = inside;
        }

        /// <summary>True when the usings are written inside the namespace.</summary>
        public bool Inside { get; }

        /// <summary>Whether annotations are enabled where the file's members are, before any directive of their own.</summary>
        public bool Nullable => _directive is null ? _writer._nullable : _directive == "enable";

        public bool Has(Func<Imports, bool> requires) => requires(_writer._global) || requires(_local);

        public string Pick(params Spelling[] spellings)
        {
            var valid = spellings.Where(s => s.Requires is null || Has(s.Requires)).ToArray();
            return valid[_writer._random.Next(valid.Length)].Text;
        }

        public string Attribute(string name) => Pick(
            new Spelling(name, i => i.Annotations),
            new Spelling(name + "Attribute", i => i.Annotations),
            new Spelling("DA." + name, i => i.AnnotationsAlias),
            new Spelling("System.ComponentModel.DataAnnotations." + name));

        public string Type(TypeFamily family, string entity, bool hasKind) => family switch
        {
            TypeFamily.Int => Pick(new("int"), new("System.Int32"), new("Int32", i => i.System), new("global::System.Int32")),
            TypeFamily.Long => Pick(new("long"), new("Int64", i => i.System)),
            TypeFamily.String => Pick(new("string"), new("String", i => i.System), new("System.String")),
            TypeFamily.Decimal => Pick(new("decimal"), new("Money", i => i.Money), new("System.Decimal")),
            TypeFamily.Bool => Pick(new("bool"), new("Boolean", i => i.System)),
            TypeFamily.DateTime => Pick(new("System.DateTime"), new("DateTime", i => i.System)),
            TypeFamily.Guid => Pick(new("System.Guid"), new("Guid", i => i.System)),
            TypeFamily.DateOnly => Pick(new("System.DateOnly"), new("DateOnly", i => i.System)),
            TypeFamily.Tier => Pick(new("Tier", i => i.Shared), new("Oracle.Shared.Tier"), new("Shared.Tier"), new("Tiers", i => i.Tiers), new("global::Oracle.Shared.Tier")),
            TypeFamily.Status => Pick(new("Status", i => i.StaticCodes), new("Codes.Status", i => i.Shared), new("Oracle.Shared.Codes.Status")),
            TypeFamily.DayOfWeek => Pick(new("System.DayOfWeek"), new("DayOfWeek", i => i.System)),
            TypeFamily.Color => Pick(new("Oracle.External.Color"), new("global::Oracle.External.Color")),
            TypeFamily.Kind when hasKind => Pick(new("Kind"), new(entity + ".Kind")),
            TypeFamily.Kind => "int",
            _ => Pick(_writer._entities.Where(e => e != entity && e != _writer._nestedEntity).Take(1).SelectMany(other => new Spelling[] { new(other), new("Oracle.Domain." + other), new("Domain." + other) }).DefaultIfEmpty(new Spelling(entity)).ToArray()),
        };

        public string Wrap(string members)
        {
            var usings = string.Concat(_usings.Select(u => u + "\n"));
            var top = (_directive is null ? string.Empty : "#nullable " + _directive + "\n") + (Inside ? string.Empty : usings);
            return _style switch
            {
                0 => top + "namespace Oracle.Domain;\n\n" + members,
                1 => top + "namespace Oracle.Domain\n{\n" + (Inside ? usings : string.Empty) + members + "}\n",
                _ => top + "namespace Oracle\n{\n    namespace Domain\n    {\n" + (Inside ? usings : string.Empty) + members + "    }\n}\n",
            };
        }

        private void Add(double probability, string line, Action<Imports> set)
        {
            if (_writer.Chance(probability))
            {
                _usings.Add(line);
                set(_local);
            }
        }
    }
}
