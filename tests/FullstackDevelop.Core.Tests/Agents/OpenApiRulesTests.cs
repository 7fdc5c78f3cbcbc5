using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using FullstackDevelop.Core.Agents.Model;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents;

/// <summary>The OpenAPI document states each request field's rules with the JSON Schema keywords OpenAPI 3.0 has.</summary>
public sealed class OpenApiRulesTests
{
    private static readonly OpenApiDocument Document = Read(AgentSamples.Render("technical-architect", RulesSample.Requirements)["api/openapi.yaml"]);

    private static readonly ArtifactModel Model = AgentSamples.Model(RulesSample.Requirements);

    [Fact]
    public void Every_request_field_states_its_lengths_bounds_digits_formats_and_pattern()
    {
        var checkedFields = 0;
        foreach (var entity in Model.Entities)
        {
            foreach (var field in entity.Fields.Where(field => field.InCreate))
            {
                var schema = Document.Components.Schemas["Create" + entity.Name + "Request"].Properties[field.JsonName];
                var bounds = field.SchemaBounds;
                var requiredText = field.Type == "string" && field.IsRequired && !field.Rules.AllowEmptyStrings;
                Assert.Equal(requiredText ? Math.Max(1, bounds.MinLength ?? 0) : bounds.MinLength, schema.MinLength);
                Assert.Equal(bounds.MaxLength, schema.MaxLength);
                Assert.Equal(Number(bounds.Minimum), schema.Minimum);
                Assert.Equal(Number(bounds.Maximum), schema.Maximum);
                Assert.Equal(bounds.MinimumIsExclusive ? true : null, schema.ExclusiveMinimum);
                Assert.Equal(bounds.MaximumIsExclusive ? true : null, schema.ExclusiveMaximum);
                Assert.Equal(Number(bounds.MultipleOf), schema.MultipleOf);
                if (field.Rules.Pattern is { } pattern)
                {
                    Assert.Equal("^(?:" + pattern + ")$", schema.Pattern);
                }

                foreach (var message in field.Rules.Messages)
                {
                    var rule = field.Validation.First(candidate => candidate.Message == message.Message);
                    Assert.Contains(ArtifactExamples.Message(field, rule), schema.Description, StringComparison.Ordinal);
                }

                checkedFields++;
            }
        }

        Assert.True(checkedFields > 15, "The rules sample has request fields.");
    }

    [Fact]
    public void The_stated_rules_accept_the_valid_examples_and_refuse_the_invalid_ones_they_can_express()
    {
        foreach (var entity in Model.Entities)
        {
            foreach (var field in entity.Fields.Where(field => field.InCreate))
            {
                var schema = Document.Components.Schemas["Create" + entity.Name + "Request"].Properties[field.JsonName];
                Assert.True(Accepts(schema, field.Examples.Valid!), entity.Name + "." + field.Name + " accepts " + field.Examples.Valid);
                // Base64 lengths come in steps of four characters: a byte more or less can have the same length.
                var expressible = field.Examples.Invalid.Where(example => example.Rule is "range" or "pattern" or "decimalDigits" or "email" or "url" || (example.Rule == "length" && field.Type != "bytes"));
                foreach (var example in expressible)
                {
                    Assert.False(Accepts(schema, example.Json), entity.Name + "." + field.Name + " refuses " + example.Json + " (" + example.Rule + ")");
                }
            }
        }
    }

    [Fact]
    public void Decimals_get_the_bounds_and_step_of_their_digits_narrowed_by_their_range()
    {
        var doctor = Document.Components.Schemas["CreateDoctorRequest"].Properties;
        Assert.Equal((0m, true, 10000m, (bool?)null, 0.01m), (doctor["fee"].Minimum, doctor["fee"].ExclusiveMinimum, doctor["fee"].Maximum, doctor["fee"].ExclusiveMaximum, doctor["fee"].MultipleOf));
        var line = Document.Components.Schemas["CreateVisitLineRequest"].Properties["amount"];
        Assert.Equal((-9999999999999999.99m, 9999999999999999.99m, 0.01m), (line.Minimum, line.Maximum, line.MultipleOf));
        Assert.Equal((0m, (bool?)null, 1m, true), (doctor["score"].Minimum, doctor["score"].ExclusiveMinimum, doctor["score"].Maximum, doctor["score"].ExclusiveMaximum));
    }

    [Fact]
    public void Formats_are_standard_where_JSON_Schema_has_one_and_described_where_it_has_none()
    {
        var clinic = Document.Components.Schemas["CreateClinicRequest"].Properties;
        Assert.Equal("email", clinic["email"].Format);
        Assert.Equal("uri", clinic["website"].Format);
        Assert.Null(clinic["phone"].Format);
        Assert.Contains("A phone number: digits, spaces and + - . ( )", clinic["phone"].Description, StringComparison.Ordinal);
        Assert.Contains("When this rule is broken the API answers: Call Phone? Not with that number.", clinic["phone"].Description, StringComparison.Ordinal);
        Assert.Contains("When this rule is broken the API answers: Name needs 2 to 100 characters.", clinic["name"].Description, StringComparison.Ordinal);
        Assert.Null(Document.Components.Schemas["ClinicDto"].Properties["email"].Format);
    }

    [Fact]
    public void Requests_carry_only_the_fields_the_API_sets_on_create_and_on_update()
    {
        var create = Document.Components.Schemas["CreateDoctorRequest"].Properties.Keys;
        var update = Document.Components.Schemas["UpdateDoctorRequest"].Properties.Keys;

        Assert.Contains("licenseNumber", create);
        Assert.DoesNotContain("licenseNumber", update);
        Assert.DoesNotContain("joinedAt", create);
        Assert.DoesNotContain("joinedAt", update);
        Assert.Contains("joinedAt", Document.Components.Schemas["DoctorDto"].Properties.Keys);
        Assert.Equal(new[] { "visitId", "lineNumber", "treatment", "units", "amount" }, Document.Components.Schemas["CreateVisitLineRequest"].Properties.Keys);
        Assert.Equal(new[] { "treatment", "units", "amount" }, Document.Components.Schemas["UpdateVisitLineRequest"].Properties.Keys);
    }

    // What the schema's keywords say about a JSON value (the ones a rule of the sample can break).
    private static bool Accepts(OpenApiSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var value = document.RootElement;
        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            return (schema.MinLength is null || text.Length >= schema.MinLength)
                && (schema.MaxLength is null || text.Length <= schema.MaxLength)
                && (schema.Pattern is null || Regex.IsMatch(text, schema.Pattern))
                && (schema.Format != "email" || text.Count(c => c == '@') == 1)
                && (schema.Format != "uri" || Uri.TryCreate(text, UriKind.Absolute, out _));
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            return true;
        }

        var number = decimal.Parse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
        return (schema.Minimum is not { } minimum || (schema.ExclusiveMinimum == true ? number > minimum : number >= minimum))
            && (schema.Maximum is not { } maximum || (schema.ExclusiveMaximum == true ? number < maximum : number <= maximum))
            && (schema.MultipleOf is not { } step || number % step == 0);
    }

    private static decimal? Number(string? text) => text is null ? null : decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static OpenApiDocument Read(string text)
    {
        var document = new OpenApiStringReader().Read(text, out var diagnostic);
        Assert.Empty(diagnostic.Errors.Select(error => error.Pointer + ": " + error.Message));
        Assert.Equal(OpenApiSpecVersion.OpenApi3_0, diagnostic.SpecificationVersion);
        return document;
    }
}
