using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Requirements.Annotations;
using FullstackDevelop.Generators.Tests.Infrastructure;
using FullstackDevelop.Tests.Shared;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FullstackDevelop.Generators.Tests;

/// <summary>
/// Every attribute the docs list on entities, row by row: a supported one changes each artifact that can express it (a
/// line of the generated API code, the OpenAPI document, the SQL schema and the TypeScript client appears with the
/// attribute and not without it); any other one is reported at its own line and column. An attribute the README or
/// <see cref="AnnotationNames"/> lists without a row here fails the test.
/// </summary>
public sealed class AttributeCoverageTests
{
    private const string Usings = """
        using System.ComponentModel.DataAnnotations;
        using System.ComponentModel.DataAnnotations.Schema;
        using System.Text.Json.Serialization;
        using Microsoft.EntityFrameworkCore;

        """;

    // The properties of the probe entity, each with the attribute of its row; without them, the same properties bare.
    private static readonly Row[] Supported =
    {
        new("Key", "[Key] public int Code { get; set; }", Scope.File, "builder.HasKey(e => e.Code);", "The code of the sample.", "PRIMARY KEY (\"Code\")", "return item.code;"),
        new("Required", "[Required] public string? Title { get; set; }", Scope.Field, ".IsRequired();", "minLength: 1", "\"Title\" text NOT NULL", "kind: 'required'"),
        new("MaxLength", "[MaxLength(40)] public string? Summary { get; set; }", Scope.Field, "HasMaxLength(40)", "maxLength: 40", "character varying(40)", "maximum: 40"),
        new("MinLength", "[MinLength(3)] public byte[]? Nick { get; set; }", Scope.Field, "MinLength(3)", "minLength: 4", "length(\"Nick\") >= 3", "minimum: 3"),
        new("StringLength", "[StringLength(30, MinimumLength = 2)] public string? Label { get; set; }", Scope.Field, "StringLength(30, MinimumLength = 2)", "minLength: 2", "character varying(30)", "minimum: 2, maximum: 30"),
        new("Range", "[Range(1, 5)] public int Stars { get; set; }", Scope.Field, "Range(typeof(int), \"1\", \"5\"", "maximum: 5", "\"Stars\" BETWEEN 1 AND 5", "kind: 'range'"),
        new("EmailAddress", "[EmailAddress] public string? Email { get; set; }", Scope.Field, "DataAnnotations.EmailAddress]", "format: email", null, "kind: 'email'"),
        new("Phone", "[Phone] public string? Phone { get; set; }", Scope.Field, "DataAnnotations.Phone]", "A phone number", null, "kind: 'phone'"),
        new("Url", "[Url] public string? Homepage { get; set; }", Scope.Field, "DataAnnotations.Url]", "format: uri", null, "kind: 'url'"),
        new("RegularExpression", "[RegularExpression(\"^[A-Z]{3}$\")] public string? Tag { get; set; }", Scope.Field, "RegularExpression(\"^[A-Z]{3}$\")", "pattern: \"^(?:^[A-Z]{3}$)$\"", null, "kind: 'pattern'"),
        new("Precision", "[Precision(7, 3)] public decimal Weight { get; set; }", Scope.Field, "HasPrecision(7, 3)", "multipleOf: 0.001", "numeric(7,3)", "precision: 7, scale: 3"),
        new("ForeignKey", "public int WriterRef { get; set; }\n    [ForeignKey(nameof(WriterRef))] public Owner? Writer { get; set; }", Scope.File, "HasForeignKey(e => e.WriterRef)", "The key of an existing Owner.", "\"FK_Samples_Owners_WriterRef\"", "the key of its Owner"),
        new("NotMapped", "[NotMapped] public string? Draft { get; set; }", Scope.File, "builder.Ignore(\"Draft\")", "!draft:", "!\"Draft\"", "!draft"),
    };

    // Attributes FullstackDevelop knows but does not support: each is reported where it is written.
    private static readonly (string Attribute, string Usage, bool OnClass, string Id)[] Unsupported =
    {
        ("AllowedValues", "[AllowedValues(\"a\")]", false, "FSD0025"),
        ("DeniedValues", "[DeniedValues(\"a\")]", false, "FSD0025"),
        ("Base64String", "[Base64String]", false, "FSD0025"),
        ("Compare", "[Compare(\"Other\")]", false, "FSD0025"),
        ("CreditCard", "[CreditCard]", false, "FSD0025"),
        ("CustomValidation", "[CustomValidation(typeof(Sample), \"Check\")]", false, "FSD0025"),
        ("DataType", "[DataType(DataType.EmailAddress)]", false, "FSD0025"),
        ("Display", "[Display(Name = \"N\")]", false, "FSD0025"),
        ("DisplayColumn", "[DisplayColumn(\"Note\")]", true, "FSD0025"),
        ("DisplayFormat", "[DisplayFormat(DataFormatString = \"{0}\")]", false, "FSD0025"),
        ("Editable", "[Editable(false)]", false, "FSD0025"),
        ("EnumDataType", "[EnumDataType(typeof(System.DayOfWeek))]", false, "FSD0025"),
        ("FileExtensions", "[FileExtensions]", false, "FSD0025"),
        ("Length", "[Length(1, 5)]", false, "FSD0025"),
        ("ScaffoldColumn", "[ScaffoldColumn(false)]", false, "FSD0025"),
        ("UIHint", "[UIHint(\"x\")]", false, "FSD0025"),
        ("MetadataType", "[MetadataType(typeof(Sample))]", true, "FSD0025"),
        ("ConcurrencyCheck", "[ConcurrencyCheck]", false, "FSD0026"),
        ("Timestamp", "[Timestamp]", false, "FSD0026"),
        ("Column", "[Column(\"note\")]", false, "FSD0026"),
        ("DatabaseGenerated", "[DatabaseGenerated(DatabaseGeneratedOption.None)]", false, "FSD0026"),
        ("InverseProperty", "[InverseProperty(\"Other\")]", false, "FSD0026"),
        ("Table", "[Table(\"notes\")]", true, "FSD0025"),
        ("ComplexType", "[ComplexType]", true, "FSD0026"),
        ("Index", "[Index(nameof(Note))]", true, "FSD0026"),
        ("PrimaryKey", "[PrimaryKey(nameof(Id))]", true, "FSD0026"),
        ("Keyless", "[Keyless]", true, "FSD0026"),
        ("Owned", "[Owned]", true, "FSD0026"),
        ("BackingField", "[BackingField(\"_note\")]", false, "FSD0026"),
        ("DeleteBehavior", "[DeleteBehavior(DeleteBehavior.Cascade)]", false, "FSD0025"),
        ("Comment", "[Comment(\"c\")]", false, "FSD0025"),
        ("Unicode", "[Unicode(false)]", false, "FSD0025"),
        ("EntityTypeConfiguration", "[EntityTypeConfiguration(typeof(Sample))]", true, "FSD0026"),
        ("JsonPropertyName", "[JsonPropertyName(\"n\")]", false, "FSD0025"),
        ("JsonIgnore", "[JsonIgnore]", false, "FSD0025"),
        ("JsonInclude", "[JsonInclude]", false, "FSD0025"),
        ("JsonRequired", "[JsonRequired]", false, "FSD0025"),
        ("JsonConverter", "[JsonConverter(typeof(JsonStringEnumConverter))]", false, "FSD0025"),
        ("JsonNumberHandling", "[JsonNumberHandling(JsonNumberHandling.Strict)]", false, "FSD0025"),
        ("JsonPropertyOrder", "[JsonPropertyOrder(1)]", false, "FSD0025"),
        ("JsonExtensionData", "[JsonExtensionData]", false, "FSD0025"),
    };

    private enum Scope
    {
        Field,
        File,
    }

    [Fact]
    public void Every_attribute_the_docs_list_has_a_row()
    {
        var rows = Supported.Select(row => row.Attribute).Concat(Unsupported.Select(row => row.Attribute)).ToHashSet(StringComparer.Ordinal);

        var known = AnnotationNames.All.Select(AnnotationNames.ShortName);
        var readme = File.ReadAllText(RepositoryPaths.Combine("README.md"));
        var table = readme[readme.IndexOf("### Data annotations", StringComparison.Ordinal)..readme.IndexOf("### Values on the way through", StringComparison.Ordinal)];
        var documented = Regex.Matches(table, @"^\| `\[(\w+)", RegexOptions.Multiline).Select(match => match.Groups[1].Value).ToList();

        Assert.NotEmpty(documented);
        Assert.DoesNotContain(known.Concat(documented), name => !rows.Contains(name));
        Assert.Equal(AnnotationNames.Supported.Select(AnnotationNames.ShortName).Order(StringComparer.Ordinal), Supported.Select(row => row.Attribute).Order(StringComparer.Ordinal));
        Assert.Equal(documented.Order(StringComparer.Ordinal), Supported.Select(row => row.Attribute).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_supported_attribute_changes_every_artifact_that_can_express_it()
    {
        var with = Artifacts(attributed: true);
        var without = Artifacts(attributed: false);

        var failures = new List<string>();
        foreach (var row in Supported)
        {
            foreach (var (artifact, expected) in new[] { ("API", row.Api), ("OpenAPI", row.OpenApi), ("SQL", row.Sql), ("TypeScript", row.TypeScript) })
            {
                if (expected is null)
                {
                    continue;
                }

                var absent = expected.StartsWith('!');
                var line = absent ? expected[1..] : expected;
                var field = row.Scope == Scope.Field ? row.Field : null;
                var inWith = with.Fragment(artifact, field).Contains(line, StringComparison.Ordinal);
                var inWithout = without.Fragment(artifact, field).Contains(line, StringComparison.Ordinal);
                if (inWith == absent || inWithout != absent)
                {
                    failures.Add($"[{row.Attribute}] {artifact}: '{line}' is {(inWith ? string.Empty : "not ")}there with the attribute and {(inWithout ? string.Empty : "not ")}there without it");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Each_unsupported_attribute_is_reported_at_its_line_and_column()
    {
        var properties = Unsupported.Where(row => !row.OnClass).Select((row, i) => "    " + row.Usage + " public string? Note" + i + " { get; set; }");
        var classAttributes = Unsupported.Where(row => row.OnClass).Select(row => row.Usage);
        var source = Usings + "[assembly: FullstackDevelop.FullstackProject(\"Probe\")]\nnamespace Probe;\n"
            + string.Join("\n", classAttributes) + "\n[FullstackDevelop.Entity]\npublic sealed class Sample\n{\n    public int Id { get; set; }\n    public string? Note { get; set; }\n    public string? Other { get; set; }\n"
            + string.Join("\n", properties) + "\n    public static bool Check(object value) => true;\n}\n";
        var outcome = GeneratorHarness.Run(GeneratorHarness.CreateDriver("Probe"), GeneratorHarness.Compile(new[] { new SourceFile("Probe.cs", source) }));

        var lines = source.Split('\n');
        foreach (var (attribute, usage, _, id) in Unsupported)
        {
            var line = Array.FindIndex(lines, l => l.Contains(usage, StringComparison.Ordinal));
            var column = lines[line].IndexOf(usage, StringComparison.Ordinal) + 1;
            var reported = outcome.Diagnostics.Where(d => d.Location.GetLineSpan().StartLinePosition.Line == line && d.Location.GetLineSpan().StartLinePosition.Character == column).ToList();
            var diagnostic = Assert.Single(reported);
            Assert.Equal(id, diagnostic.Id);
            Assert.StartsWith("[" + attribute + "] on '", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        Assert.Equal(Unsupported.Length, outcome.WarningsAndErrors.Count);
    }

    private static GeneratedArtifacts Artifacts(bool attributed)
    {
        var properties = Supported.Select(row => attributed ? row.Property : Regex.Replace(row.Property, @"\[.*?\] (?=public)", string.Empty));
        var key = attributed ? string.Empty : "    public int Id { get; set; }\n";
        var source = Usings + "[assembly: FullstackDevelop.FullstackProject(\"Probe\")]\nnamespace Probe;\n"
            + "[FullstackDevelop.Entity] public sealed class Owner { public int Id { get; set; } }\n"
            + "[FullstackDevelop.Entity]\npublic sealed class Sample\n{\n" + key + string.Join("\n", properties.Select(p => "    " + p)) + "\n}\n";
        var outcome = GeneratorHarness.Run(GeneratorHarness.CreateDriver("Probe"), GeneratorHarness.Compile(new[] { new SourceFile("Probe.cs", source) }, web: true));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(outcome.CompilationProblems());

        var api = string.Join("\n", outcome.Result.GeneratedSources.Where(s => s.SourceText.ToString().Contains("class SampleConfiguration", StringComparison.Ordinal)).Select(s => s.SourceText.ToString()));
        var requirements = RequirementsJson.Read(SnapshotReader.Read(outcome.Output)!);
        var files = AgentArtifacts.Render(requirements, "Probe", "technical-architect", "backend-developer", "frontend-developer");
        return new GeneratedArtifacts(api, files["api/openapi.yaml"], files["database/tables/Samples.sql"] + files["database/constraints.sql"], files["frontend/src/api/sample.ts"]);
    }

    private sealed record Row(string Attribute, string Property, Scope Scope, string Api, string OpenApi, string? Sql, string TypeScript)
    {
        /// <summary>The property the attribute is on: the last one its declaration declares.</summary>
        public string Field => Regex.Matches(Property, @"(\w+) \{ get; set; \}").Last().Groups[1].Value;
    }

    /// <summary>The files of one generated project, and the part of each about one field.</summary>
    private sealed record GeneratedArtifacts(string Api, string OpenApi, string Sql, string TypeScript)
    {
        public string Fragment(string artifact, string? field) => artifact switch
        {
            "API" => field is null ? Api : ApiFragment(field),
            "OpenAPI" => field is null ? OpenApi : Block(OpenApi[OpenApi.IndexOf("    CreateSampleRequest:", StringComparison.Ordinal)..], "        " + Camel(field) + ":", "        "),
            "SQL" => field is null ? Sql : string.Join("\n", Sql.Split('\n').Where(line => line.Contains("\"" + field + "\"", StringComparison.Ordinal))),
            _ => field is null ? TypeScript : Block(TypeScript, "const sample" + field + "Validation", "};"),
        };

        // The create request property with its attributes above it, and the configuration lines about the field.
        private string ApiFragment(string field)
        {
            var lines = Api.Split('\n');
            var declaration = Array.FindIndex(lines, line => line.Contains(" " + field + " { get; init; }", StringComparison.Ordinal));
            var attributes = lines.Take(declaration).Reverse().TakeWhile(line => line.TrimStart().StartsWith('[')).Reverse();
            var configuration = lines.Where(line => line.Contains("e." + field + ")", StringComparison.Ordinal) || line.Contains("\"" + field + "\"", StringComparison.Ordinal));
            return string.Join("\n", attributes.Append(lines[declaration]).Concat(configuration));
        }

        // From the line that starts with start, to the next line at the same indentation (or to the first line that is end).
        private static string Block(string text, string start, string end)
        {
            var lines = text.Split('\n');
            var first = Array.FindIndex(lines, line => line.StartsWith(start, StringComparison.Ordinal));
            var block = lines.Skip(first + 1).TakeWhile(line => end == "};" ? line != end : !(line.StartsWith(end, StringComparison.Ordinal) && line.Length > end.Length && line[end.Length] != ' '));
            return string.Join("\n", block.Prepend(lines[first]));
        }

        private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
    }
}
