using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Requirements.Annotations;
using FullstackDevelop.Core.Tests.Agents.Infrastructure;
using FullstackDevelop.Core.Tests.TestSupport;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents;

/// <summary>
/// The forms refuse what the API refuses: the generated TypeScript validation, type-checked with tsc and run by Node.js,
/// gives for every value of a table exactly the messages the API's validation attributes give (.NET's DataAnnotations
/// run here through <see cref="Validator"/>'s own steps), and refuses every value System.Text.Json cannot read into the
/// field. The only allowed difference is a pattern JavaScript cannot express, which the frontend leaves to the API.
/// </summary>
public sealed class ValidationDifferentialTests
{
    private const int Seed = 20240611;

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>The rules sample plus a probe with a field for each kind of rule, limit and pattern difference between .NET and JavaScript.</summary>
    private static ProjectRequirements Requirements { get; } = RulesSample.Build(RulesSample.Entities().Append(Probe()).ToArray());

    [NodeFact]
    public async Task The_generated_validation_accepts_and_refuses_exactly_what_the_API_does_with_the_same_messages()
    {
        var node = NodeModules.FindOnPath("node")!;
        var files = AgentSamples.Render("frontend-developer", Requirements);
        var installation = await NodeModules.InstallAsync(files["frontend/package.json"]);
        var project = Path.Combine(installation, "projects", "differential-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            foreach (var (path, text) in files)
            {
                var target = Path.Combine(project, path["frontend/".Length..]);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await File.WriteAllTextAsync(target, text);
            }

            var model = AgentSamples.Model(Requirements);
            var entities = model.Entities.Where(entity => entity.HasEndpoints).ToList();
            await WriteDriverAsync(project, entities);

            // The generated code as its users check it, then bundled for Node.js and run over every case.
            Succeeds(await ProcessRunner.RunAsync(node, project, TimeSpan.FromMinutes(2), Path.Combine(installation, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "-p", "."));
            Succeeds(await ProcessRunner.RunAsync(
                node, project, TimeSpan.FromMinutes(2), Path.Combine(installation, "node_modules", "esbuild", "bin", "esbuild"), "validations.ts", "--bundle", "--format=esm", "--platform=node", "--outfile=validations.mjs", "--log-level=warning"));
            var cases = Cases(entities).ToList();
            await File.WriteAllTextAsync(Path.Combine(project, "cases.json"), JsonSerializer.Serialize(cases.Select(c => new { entity = c.Entity.Name, field = c.Field.JsonName, json = c.Json })));
            Succeeds(await ProcessRunner.RunAsync(node, project, TimeSpan.FromMinutes(2), "run.mjs", "cases.json", "results.json"));
            var results = JsonSerializer.Deserialize<List<ClientResult>>(await File.ReadAllTextAsync(Path.Combine(project, "results.json")), Web)!;

            var backend = BackendModelBuilder.Build(Requirements, "Clinic").Entities.ToDictionary(entity => entity.Name, StringComparer.Ordinal);
            var failures = new List<string>();
            var refusedRules = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < cases.Count; i++)
            {
                var (entity, field, json) = cases[i];
                var client = results[i];
                var api = ApiFieldValidator.Messages(backend[entity.Name].Fields.Single(candidate => candidate.Name == field.Name), client.Wire);
                var expected = api is null ? null : Expected(field, api);
                var agrees = expected is null ? client.Messages.Count > 0 : expected.SequenceEqual(client.Messages);
                if (!agrees)
                {
                    failures.Add(entity.Name + "." + field.Name + " = " + json + " (sent as " + client.Wire + "): API " + (api is null ? "cannot read it" : "[" + string.Join(" | ", api) + "]") + ", frontend [" + string.Join(" | ", client.Messages) + "]");
                }

                foreach (var rule in field.Validation.Where(rule => api?.Contains(ArtifactExamples.Message(field, rule)) == true))
                {
                    refusedRules.Add(entity.Name + "." + field.Name + ":" + rule.Kind);
                }
            }

            Assert.True(failures.Count == 0, failures.Count + " of " + cases.Count + " values differ:" + Environment.NewLine + string.Join(Environment.NewLine, failures.Take(40)));

            // The table is worth something only if it breaks every rule of every field at least once. A double's finiteNumber
            // is the exception: beyond a double's range is Infinity in JavaScript, which JSON.stringify sends as null, so no
            // request of the frontend breaks it (the API's check, for other clients, is tested over HTTP by the Runtime tests).
            var rules = entities.SelectMany(entity => entity.Fields.Where(field => field.InCreate).SelectMany(field => field.Validation
                .Where(rule => !(field.Type == "double" && rule.Kind == "finiteNumber"))
                .Select(rule => entity.Name + "." + field.Name + ":" + rule.Kind)));
            var neverRefused = rules.Where(rule => !refusedRules.Contains(rule)).ToList();
            Assert.True(neverRefused.Count == 0, "No value of the table breaks: " + string.Join(", ", neverRefused));
        }
        finally
        {
            NodeModules.TryDelete(project);
        }
    }

    // Every value of the field's type, for every field a create request carries.
    private static IEnumerable<(ArtifactEntity Entity, ArtifactField Field, string Json)> Cases(IEnumerable<ArtifactEntity> entities)
    {
        var random = new Random(Seed);
        foreach (var entity in entities)
        {
            foreach (var field in entity.Fields.Where(field => field.InCreate && field.Type != FieldType.Enum))
            {
                foreach (var json in ValidationCases.For(field, random))
                {
                    yield return (entity, field, json);
                }
            }
        }
    }

    // What the frontend must say: the API's messages, less a pattern's when JavaScript cannot check it.
    private static List<string> Expected(ArtifactField field, List<string> api)
    {
        var leftToTheApi = field.Validation.Where(rule => rule.Kind == "pattern" && rule.ClientPattern is null).Select(rule => ArtifactExamples.Message(field, rule));
        return api.Where(message => !leftToTheApi.Contains(message)).ToList();
    }

    // The bundle's entry exports every entity's request validation; the runner (plain JavaScript, for Node.js) reads the
    // cases, validates each parsed value and writes the value as the frontend would send it with its messages.
    private static async Task WriteDriverAsync(string project, IEnumerable<ArtifactEntity> entities)
    {
        var imports = entities.Select(entity => "export { create" + entity.Name + "Validation as " + entity.Name + " } from './src/api/" + entity.KebabName + "';");
        await File.WriteAllTextAsync(
            Path.Combine(project, "validations.ts"),
            "export { validateValue } from './src/validation';\n" + string.Join("\n", imports) + "\n");
        await File.WriteAllTextAsync(
            Path.Combine(project, "run.mjs"),
            """
            import { readFileSync, writeFileSync } from 'node:fs';
            import * as generated from './validations.mjs';

            const cases = JSON.parse(readFileSync(process.argv[2], 'utf8'));
            const results = cases.map((item) => {
              const value = JSON.parse(item.json);
              return { wire: JSON.stringify(value), messages: generated.validateValue(generated[item.entity][item.field], value) };
            });
            writeFileSync(process.argv[3], JSON.stringify(results));
            """);
    }

    private static void Succeeds(ProcessResult result) => Assert.True(result.ExitCode == 0, result.Describe());

    private static EntityDeclaration Probe() =>
        Declare.Entity(
            "Probe",
            Declare.Id(),
            Declare.Text("Email", nullable: true).With(RulesSample.Of(AnnotationNames.EmailAddress)),
            Declare.Text("Phone", nullable: true).With(RulesSample.Of(AnnotationNames.Phone)),
            Declare.Text("Website", nullable: true).With(RulesSample.Of(AnnotationNames.Url)),
            Declare.Text("Choice", nullable: true).With(Pattern("a|ab")),
            Declare.Text("Digits", nullable: true).With(Pattern(@"\d{2,4}")),
            Declare.Text("Words", nullable: true).With(Pattern(@"\w+(-\w+)*\b")),
            Declare.Text("Line", nullable: true).With(Pattern(".+$")),
            Declare.Text("Spaced", nullable: true).With(Pattern(@"[^\s]+\s[\S]+")),
            Declare.Text("Folded", nullable: true).With(Pattern("(?i)abc")),
            Declare.Text("Title").With(Annotate.Required, RulesSample.StringLength(10, minimum: 3, message: "{0}: {2} to {1} {{chars}}")),
            Declare.Text("Blank").With(Annotate.Required.Named("AllowEmptyStrings", AnnotationValue.Boolean(true)), Annotate.MaxLength(5)),
            Declare.Text("Short", nullable: true).With(Annotate.MinLength(2), Annotate.MaxLength(4).Named("ErrorMessage", AnnotationValue.Quoted("at most {1}"))),
            Declare.Scalar("Small", "System.Byte").With(Annotate.Range(1, 200)),
            Declare.Scalar("Tiny", "System.Int16", nullable: true).With(Annotate.Range(-5, 5)),
            Declare.Scalar("Count", "System.Int32", nullable: true),
            Declare.Scalar("Big", "System.Int64", nullable: true).With(Range("System.Int64", "-9000000000000", "9000000000000")),
            Declare.Scalar("Huge", "System.Int64", nullable: true),
            Declare.Scalar("Ratio", "System.Double").With(Annotate.Range(0.0, 1.0).Named("MinimumIsExclusive", AnnotationValue.Boolean(true)).Named("MaximumIsExclusive", AnnotationValue.Boolean(true))),
            Declare.Scalar("Weight", "System.Single", nullable: true).With(Annotate.Range(0.5, 100.25)),
            Declare.Scalar("Mass", "System.Single", nullable: true),
            Declare.Scalar("Price", "System.Decimal").With(
                RulesSample.Of(AnnotationNames.Precision, AnnotationValue.WholeNumber(6), AnnotationValue.WholeNumber(3)),
                Range("System.Decimal", "-99.5", "999.999").Named("MaximumIsExclusive", AnnotationValue.Boolean(true))),
            Declare.Scalar("Amount", "System.Decimal", nullable: true),
            Declare.Scalar("Whole", "System.Decimal", nullable: true).With(RulesSample.Of(AnnotationNames.Precision, AnnotationValue.WholeNumber(5), AnnotationValue.WholeNumber(0))),
            Declare.Scalar("At", "System.DateTime", nullable: true),
            Declare.Scalar("Offset", "System.DateTimeOffset", nullable: true),
            Declare.Scalar("Time", "System.TimeOnly", nullable: true),
            Declare.Scalar("Span", "System.TimeSpan", nullable: true),
            Declare.Scalar("Blob", "System.Byte[]", nullable: true).With(Annotate.MinLength(2), Annotate.MaxLength(6)),
            Declare.Scalar("Flag", "System.Boolean", nullable: true),
            Declare.Scalar("Token", "System.Guid", nullable: true),
            Declare.Scalar("Day", "System.DateOnly", nullable: true));

    private static AnnotationDeclaration Pattern(string pattern) => RulesSample.Of(AnnotationNames.RegularExpression, AnnotationValue.Quoted(pattern));

    private static AnnotationDeclaration Range(string type, string minimum, string maximum) =>
        RulesSample.Of(AnnotationNames.Range, AnnotationValue.Type(type), AnnotationValue.Quoted(minimum), AnnotationValue.Quoted(maximum));

    private sealed record ClientResult(string Wire, List<string> Messages);
}
