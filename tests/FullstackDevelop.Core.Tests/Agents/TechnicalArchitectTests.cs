using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.Backend;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents;

public sealed class TechnicalArchitectTests
{
    private const string Agent = "technical-architect";

    private const string OpenApiPath = "api/openapi.yaml";

    private const string DocumentPath = "docs/architecture.md";

    public static TheoryData<string> Samples => new() { nameof(BackendSamples.Bookstore), nameof(BackendSamples.Keys), nameof(AgentSamples.EveryFieldType), nameof(RulesSample) };

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_OpenAPI_document_parses_without_errors_and_has_exactly_the_generated_operations(string sample)
    {
        var requirements = Sample(sample);
        var document = ReadOpenApi(AgentSamples.Render(Agent, requirements)[OpenApiPath]);

        var expected = AgentSamples.Model(requirements).Entities
            .Where(entity => entity.HasEndpoints)
            .SelectMany(entity => Operations(entity).Select(operation => operation.Method + " " + operation.Path))
            .OrderBy(operation => operation, StringComparer.Ordinal);
        var actual = document.Paths
            .SelectMany(path => path.Value.Operations.Select(operation => operation.Key.ToString().ToUpperInvariant() + " " + path.Key))
            .OrderBy(operation => operation, StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_Bookstore_API_has_five_operations_for_each_of_its_seven_entities()
    {
        var document = ReadOpenApi(AgentSamples.Render(Agent, BackendSamples.Bookstore)[OpenApiPath]);

        Assert.Equal(7, document.Paths.Count(path => !path.Key.EndsWith("/{id}", StringComparison.Ordinal)));
        Assert.Equal(35, document.Paths.Sum(path => path.Value.Operations.Count));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Operations_are_named_tagged_and_answered_as_the_generated_endpoints(string sample)
    {
        var requirements = Sample(sample);
        var document = ReadOpenApi(AgentSamples.Render(Agent, requirements)[OpenApiPath]);
        var unauthorized = requirements.Features.Contains("user-authentication") ? new[] { "401" } : Array.Empty<string>();

        foreach (var entity in AgentSamples.Model(requirements).Entities.Where(entity => entity.HasEndpoints))
        {
            var collection = document.Paths[entity.Route].Operations;
            var item = document.Paths[entity.ItemRoute].Operations;
            AssertOperation(collection[OperationType.Get], "List" + entity.PluralName, entity.PluralName, "Lists " + entity.PluralName + ", a page at a time.", unauthorized.Concat(new[] { "200", "400" }));
            AssertOperation(collection[OperationType.Post], "Create" + entity.Name, entity.PluralName, "Creates one " + entity.Name + ".", unauthorized.Concat(new[] { "201", "400", "409" }));
            AssertOperation(item[OperationType.Get], "Get" + entity.Name, entity.PluralName, "Gets one " + entity.Name + " by key.", unauthorized.Concat(new[] { "200", "404" }));
            AssertOperation(item[OperationType.Put], "Update" + entity.Name, entity.PluralName, "Replaces the fields of one " + entity.Name + ".", unauthorized.Concat(new[] { "204", "400", "404", "409" }));
            AssertOperation(item[OperationType.Delete], "Delete" + entity.Name, entity.PluralName, "Deletes one " + entity.Name + ".", unauthorized.Concat(new[] { "204", "404", "409" }));

            // Lists: page, pageSize, sort (one of the sortable fields' JSON names) and desc.
            var list = collection[OperationType.Get];
            Assert.Equal(new[] { "page", "pageSize", "sort", "desc" }, list.Parameters.Select(parameter => parameter.Name));
            Assert.All(list.Parameters, parameter => Assert.Equal(ParameterLocation.Query, parameter.In));
            var pageSize = list.Parameters.Single(parameter => parameter.Name == "pageSize").Schema;
            Assert.Equal(((decimal?)1, (decimal?)100, 20), (pageSize.Minimum, pageSize.Maximum, ((OpenApiInteger)pageSize.Default).Value));
            Assert.Equal(
                entity.Fields.Where(field => field.IsSortable).Select(field => field.JsonName),
                list.Parameters.Single(parameter => parameter.Name == "sort").Schema.Enum.Select(member => ((OpenApiString)member).Value));
            Assert.Equal("PagedResultOf" + entity.Name + "Dto", list.Responses["200"].Content["application/json"].Schema.Reference.Id);
            Assert.Equal("Create" + entity.Name + "Request", collection[OperationType.Post].RequestBody.Content["application/json"].Schema.Reference.Id);
            Assert.True(collection[OperationType.Post].Responses["201"].Headers.ContainsKey("Location"));
            Assert.Equal("Update" + entity.Name + "Request", item[OperationType.Put].RequestBody.Content["application/json"].Schema.Reference.Id);

            // The item parameters are typed from the key fields: {id} for a single key, each part by its JSON name for a composite one.
            var parameters = document.Paths[entity.ItemRoute].Parameters;
            Assert.Equal(entity.HasCompositeKey ? entity.Keys.Select(key => key.JsonName) : new[] { "id" }, parameters.Select(parameter => parameter.Name));
            foreach (var (key, parameter) in entity.Keys.Zip(parameters))
            {
                Assert.Equal((ParameterLocation.Path, true), (parameter.In, parameter.Required));
                Assert.Equal((key.OpenApiType, key.OpenApiFormat), (parameter.Schema.Type, parameter.Schema.Format));
            }

            foreach (var relation in entity.ManyToMany)
            {
                var links = entity.ItemRoute + "/" + relation.Segment;
                var linked = document.Paths[links].Operations[OperationType.Get];
                AssertOperation(linked, "List" + entity.Name + relation.Name, entity.PluralName, "Lists the " + relation.Name + " linked to one " + entity.Name + ", a page at a time.", unauthorized.Concat(new[] { "200", "400", "404" }));
                Assert.Equal("PagedResultOf" + relation.Target + "Dto", linked.Responses["200"].Content["application/json"].Schema.Reference.Id);
                Assert.Equal(new[] { "page", "pageSize" }, linked.Parameters.Select(parameter => parameter.Name));
                var link = document.Paths[links + "/{" + relation.TargetParameter + "}"];
                AssertOperation(link.Operations[OperationType.Put], "Link" + entity.Name + relation.Name, entity.PluralName, "Links one " + relation.Target + " to one " + entity.Name + " (" + relation.Name + ").", unauthorized.Concat(new[] { "204", "404" }));
                AssertOperation(link.Operations[OperationType.Delete], "Unlink" + entity.Name + relation.Name, entity.PluralName, "Unlinks one " + relation.Target + " from one " + entity.Name + " (" + relation.Name + ").", unauthorized.Concat(new[] { "204", "404" }));
                Assert.Null(link.Operations[OperationType.Put].RequestBody);
                var target = link.Parameters.Single(parameter => parameter.Name == relation.TargetParameter);
                Assert.Equal((relation.TargetKey.OpenApiType, relation.TargetKey.OpenApiFormat, true), (target.Schema.Type, target.Schema.Format, target.Required));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Request_and_DTO_schemas_follow_the_fields(string sample)
    {
        var requirements = Sample(sample);
        var schemas = ReadOpenApi(AgentSamples.Render(Agent, requirements)[OpenApiPath]).Components.Schemas;

        foreach (var entity in AgentSamples.Model(requirements).Entities)
        {
            if (!entity.HasEndpoints)
            {
                Assert.DoesNotContain(schemas.Keys, name => name.Contains(entity.Name + "Dto", StringComparison.Ordinal) || name.EndsWith(entity.Name + "Request", StringComparison.Ordinal));
                continue;
            }

            AssertObject(schemas[entity.Name + "Dto"], entity.Fields, requiredNames: entity.Fields.Select(field => field.JsonName), request: false);
            var creatable = entity.Fields.Where(field => field.InCreate).ToList();
            AssertObject(schemas["Create" + entity.Name + "Request"], creatable, creatable.Where(field => field.IsRequired).Select(field => field.JsonName), request: true);
            var updatable = entity.Fields.Where(field => field.InUpdate).ToList();
            AssertObject(schemas["Update" + entity.Name + "Request"], updatable, updatable.Where(field => field.IsRequired).Select(field => field.JsonName), request: true);

            var page = schemas["PagedResultOf" + entity.Name + "Dto"];
            Assert.Equal(new[] { "items", "page", "pageSize", "totalCount", "totalPages" }, page.Properties.Keys);
            Assert.Equal(entity.Name + "Dto", page.Properties["items"].Items.Reference.Id);
        }

        Assert.Contains("ProblemDetails", schemas.Keys);
        Assert.Contains("errors", schemas["HttpValidationProblemDetails"].AllOf[1].Properties.Keys);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_reference_of_the_OpenAPI_document_names_an_existing_component(string sample)
    {
        var text = AgentSamples.Render(Agent, Sample(sample))[OpenApiPath];
        var components = ReadOpenApi(text).Components;
        var kinds = new Dictionary<string, IEnumerable<string>>(StringComparer.Ordinal)
        {
            ["schemas"] = components.Schemas.Keys,
            ["parameters"] = components.Parameters.Keys,
            ["responses"] = components.Responses.Keys,
        };

        var references = Regex.Matches(text, "\\$ref: \"#/components/(?<kind>[A-Za-z]+)/(?<name>[^\"]+)\"");

        Assert.NotEmpty(references);
        Assert.All(references, reference => Assert.Contains(reference.Groups["name"].Value, kinds[reference.Groups["kind"].Value]));
        Assert.DoesNotContain("$ref", text.Replace("$ref: \"#/components/", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void The_reader_reports_a_reference_to_a_missing_component()
    {
        // The parse tests rely on the reader to catch dangling references: prove that it does.
        var text = AgentSamples.Render(Agent, BackendSamples.Bookstore)[OpenApiPath]
            .Replace("#/components/schemas/BookDto\"", "#/components/schemas/MissingDto\"", StringComparison.Ordinal);

        new OpenApiStringReader().Read(text, out var diagnostic);

        Assert.Contains(diagnostic.Errors, error => error.Message.Contains("MissingDto", StringComparison.Ordinal));
    }

    [Fact]
    public void A_project_with_sign_in_requires_a_bearer_token_on_every_operation()
    {
        var document = ReadOpenApi(AgentSamples.Render(Agent, BackendSamples.Bookstore)[OpenApiPath]);

        var scheme = document.Components.SecuritySchemes["Bearer"];
        Assert.Equal((SecuritySchemeType.Http, "bearer", "JWT"), (scheme.Type, scheme.Scheme, scheme.BearerFormat));
        var requirement = Assert.Single(document.SecurityRequirements);
        Assert.Equal("Bearer", Assert.Single(requirement.Keys).Reference.Id);
        Assert.All(document.Paths.SelectMany(path => path.Value.Operations.Values), operation => Assert.Contains("401", operation.Responses.Keys));
    }

    [Fact]
    public void A_project_without_sign_in_has_no_security_in_its_OpenAPI_document()
    {
        var text = AgentSamples.Render(Agent, BackendSamples.BookstoreWith(authentication: false, "Author", "Book"))[OpenApiPath];
        var document = ReadOpenApi(text);

        Assert.Empty(document.SecurityRequirements);
        Assert.Empty(document.Components.SecuritySchemes);
        Assert.Equal(10, document.Paths.Sum(path => path.Value.Operations.Count));
        Assert.All(document.Paths.SelectMany(path => path.Value.Operations.Values), operation => Assert.DoesNotContain("401", operation.Responses.Keys));
    }

    [Fact]
    public void Keys_of_every_kind_become_typed_parameters_and_a_composite_key_carries_every_part()
    {
        var document = ReadOpenApi(AgentSamples.Render(Agent, BackendSamples.Keys)[OpenApiPath]);

        OpenApiSchema Id(string route) => document.Paths[route + "/{id}"].Parameters.Single().Schema;
        Assert.Equal(("string", (string?)null, (int?)20), (Id("/api/tags").Type, Id("/api/tags").Format, Id("/api/tags").MaxLength));
        Assert.Equal(("string", "uuid"), (Id("/api/notes").Type, Id("/api/notes").Format));
        Assert.Equal(("integer", (decimal?)0, (decimal?)255), (Id("/api/levels").Type, Id("/api/levels").Minimum, Id("/api/levels").Maximum));
        Assert.Equal(("string", "date"), (Id("/api/days").Type, Id("/api/days").Format));
        var shelfTag = document.Paths["/api/shelf-tags/{shelfId}/{tagCode}"];
        Assert.Equal(new[] { OperationType.Get, OperationType.Put, OperationType.Delete }, shelfTag.Operations.Keys);
        Assert.Equal(
            (("integer", (decimal?)-32768, (decimal?)32767), ("string", (int?)20)),
            ((shelfTag.Parameters[0].Schema.Type, shelfTag.Parameters[0].Schema.Minimum, shelfTag.Parameters[0].Schema.Maximum), (shelfTag.Parameters[1].Schema.Type, shelfTag.Parameters[1].Schema.MaxLength)));
        Assert.Equal(new[] { "shelfId", "tagCode", "position" }, document.Components.Schemas["CreateShelfTagRequest"].Properties.Keys);
        Assert.Equal(new[] { "position" }, document.Components.Schemas["UpdateShelfTagRequest"].Properties.Keys);
        Assert.DoesNotContain("Not exposed", document.Info.Description, StringComparison.Ordinal);

        // A string key is sent on create; a GUID key is made by the server; bytes are base64 text of a bounded length.
        Assert.Contains("code", document.Components.Schemas["CreateTagRequest"].Properties.Keys);
        Assert.DoesNotContain("id", document.Components.Schemas["CreateNoteRequest"].Properties.Keys);
        var attachment = document.Components.Schemas["CreateNoteRequest"].Properties["attachment"];
        Assert.Equal(("string", "byte", (int?)88, true), (attachment.Type, attachment.Format, attachment.MaxLength, attachment.Nullable));
    }

    [Fact]
    public void Times_and_time_spans_are_described_as_System_Text_Json_writes_them()
    {
        var sample = ReadOpenApi(AgentSamples.Render(Agent, AgentSamples.EveryFieldType)[OpenApiPath]).Components.Schemas["SampleDto"];

        Assert.Null(sample.Properties["requiredTimespan"].Format);
        Assert.Null(sample.Properties["optionalTime"].Format);
        var timeSpan = new Regex(sample.Properties["requiredTimespan"].Pattern);
        Assert.Matches(timeSpan, new TimeSpan(1, 2, 3, 4, 500).ToString("c", CultureInfo.InvariantCulture));
        Assert.Matches(timeSpan, TimeSpan.FromMinutes(-90).ToString("c", CultureInfo.InvariantCulture));
        Assert.DoesNotMatch(timeSpan, "PT1H30M");
        var time = new Regex(sample.Properties["optionalTime"].Pattern);
        Assert.Matches(time, "13:45:30.1234567");
        Assert.DoesNotMatch(time, "1:45 PM");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_architecture_document_draws_every_entity_and_relation_in_a_Mermaid_erDiagram(string sample)
    {
        var requirements = Sample(sample);
        var model = AgentSamples.Model(requirements);
        var document = AgentSamples.Render(Agent, requirements)[DocumentPath];

        var diagram = Assert.Single(Regex.Matches(document, "```mermaid\nerDiagram\n(?<body>.*?)```", RegexOptions.Singleline)).Groups["body"].Value;
        var lines = diagram.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var entity in model.Entities)
        {
            var start = Array.IndexOf(lines, "    " + entity.Name + " {");
            Assert.True(start >= 0, entity.Name + " has no entity block.");
            var attributes = lines.Skip(start + 1).TakeWhile(line => line != "    }").ToList();
            Assert.Equal(entity.Fields.Select(field => field.Type + " " + field.Name), attributes.Select(line => string.Join(' ', line.Trim().Split(' ').Take(2))));
            foreach (var reference in entity.References)
            {
                Assert.Contains(lines, line => Regex.IsMatch(line, "^    " + entity.Name + " (\\}o|\\|o)(--|\\.\\.)(\\|\\||o\\|) " + reference.Target + " : \"" + reference.Name + "\"$"));
            }
        }

        // Mermaid's attribute syntax: a type and a name without spaces, PK/FK markers, then an optional quoted comment.
        var attribute = new Regex("^        [A-Za-z][A-Za-z0-9_-]* [A-Za-z_][A-Za-z0-9_]*( (PK|FK)(, (PK|FK))*)?( \"[^\"]*\")?$");
        var relation = new Regex("^    [A-Za-z_][A-Za-z0-9_]* (\\}o|\\|o|\\|\\|)(--|\\.\\.)(\\|\\||o\\||o\\{) [A-Za-z_][A-Za-z0-9_]* : \"[^\"]+\"$");
        Assert.All(lines, line => Assert.True(
            attribute.IsMatch(line) || relation.IsMatch(line) || Regex.IsMatch(line, "^    ([A-Za-z_][A-Za-z0-9_]* \\{|\\})$"),
            "Not Mermaid erDiagram syntax: " + line));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_architecture_document_lists_the_endpoints_of_every_entity_that_has_them(string sample)
    {
        var requirements = Sample(sample);
        var document = AgentSamples.Render(Agent, requirements)[DocumentPath];

        foreach (var entity in AgentSamples.Model(requirements).Entities)
        {
            var rows = Operations(entity).Select(operation => "| " + operation.Method + " | `" + operation.Path + "` | " + operation.Id + " |").ToList();
            if (entity.HasEndpoints)
            {
                Assert.All(rows, row => Assert.Contains(row, document, StringComparison.Ordinal));
            }
            else
            {
                Assert.All(rows, row => Assert.DoesNotContain(row, document, StringComparison.Ordinal));
                Assert.Matches("Without endpoints .*\n.*\\b" + entity.Name + "\\b", document);
            }
        }
    }

    [Fact]
    public void The_architecture_document_states_the_security_model()
    {
        var secured = AgentSamples.Render(Agent, BackendSamples.Bookstore)[DocumentPath];
        var open = AgentSamples.Render(Agent, BackendSamples.BookstoreWith(authentication: false))[DocumentPath];

        Assert.Contains("`Authorization: Bearer <jwt>`", secured, StringComparison.Ordinal);
        Assert.Contains("`Authentication:Jwt:Key`", secured, StringComparison.Ordinal);
        Assert.DoesNotContain("architecture.style", secured, StringComparison.Ordinal);
        Assert.DoesNotContain("search.language", secured, StringComparison.Ordinal);
        Assert.DoesNotContain("Bearer", open, StringComparison.Ordinal);
        Assert.Contains("does not declare `user-authentication`", open, StringComparison.Ordinal);
    }

    internal static ProjectRequirements Sample(string name) => name switch
    {
        nameof(BackendSamples.Bookstore) => BackendSamples.Bookstore,
        nameof(BackendSamples.Keys) => BackendSamples.Keys,
        nameof(AgentSamples.EveryFieldType) => AgentSamples.EveryFieldType,
        nameof(RulesSample) => RulesSample.Requirements,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a sample."),
    };

    // The operations the generated API maps for an entity: its five CRUD endpoints, then three per many-to-many relation.
    private static IEnumerable<(string Method, string Path, string Id)> Operations(ArtifactEntity entity)
    {
        yield return ("GET", entity.Route, "List" + entity.PluralName);
        yield return ("POST", entity.Route, "Create" + entity.Name);
        yield return ("GET", entity.ItemRoute, "Get" + entity.Name);
        yield return ("PUT", entity.ItemRoute, "Update" + entity.Name);
        yield return ("DELETE", entity.ItemRoute, "Delete" + entity.Name);
        foreach (var relation in entity.ManyToMany)
        {
            var links = entity.ItemRoute + "/" + relation.Segment;
            yield return ("GET", links, "List" + entity.Name + relation.Name);
            yield return ("PUT", links + "/{" + relation.TargetParameter + "}", "Link" + entity.Name + relation.Name);
            yield return ("DELETE", links + "/{" + relation.TargetParameter + "}", "Unlink" + entity.Name + relation.Name);
        }
    }

    private static OpenApiDocument ReadOpenApi(string text)
    {
        var document = new OpenApiStringReader().Read(text, out var diagnostic);

        // Assert.Empty prints what it found, so a failure shows every error and where it is.
        Assert.Empty(diagnostic.Errors.Select(error => error.Pointer + ": " + error.Message));
        Assert.Equal(OpenApiSpecVersion.OpenApi3_0, diagnostic.SpecificationVersion);
        return document;
    }

    private static void AssertOperation(OpenApiOperation operation, string operationId, string tag, string summary, IEnumerable<string> statuses)
    {
        Assert.Equal(operationId, operation.OperationId);
        Assert.Equal(tag, Assert.Single(operation.Tags).Name);
        Assert.Equal(summary, operation.Summary);
        Assert.Equal(statuses.OrderBy(status => status, StringComparer.Ordinal), operation.Responses.Keys.OrderBy(status => status, StringComparer.Ordinal));
    }

    private static void AssertObject(OpenApiSchema schema, IReadOnlyCollection<ArtifactField> fields, IEnumerable<string> requiredNames, bool request)
    {
        Assert.Equal("object", schema.Type);
        Assert.Equal(fields.Select(field => field.JsonName), schema.Properties.Keys);
        Assert.Equal(requiredNames.OrderBy(name => name, StringComparer.Ordinal), schema.Required.OrderBy(name => name, StringComparer.Ordinal));
        foreach (var field in fields)
        {
            var property = schema.Properties[field.JsonName];

            // Requests also state the text formats the API checks: [EmailAddress] and [Url].
            var format = field.OpenApiFormat ?? (request ? field.Rules.Format switch { "email" => "email", "url" => "uri", _ => null } : null);
            Assert.Equal((field.OpenApiType, format, !field.IsRequired), (property.Type, property.Format, property.Nullable));
            if (field.MaxLength is { } maxLength && field.Type == "string")
            {
                Assert.Equal(maxLength, property.MaxLength);
            }

            // Enums list their members, and null too when the field is optional.
            var members = field.EnumMembers.Select(member => (string?)member).ToList();
            if (members.Count > 0 && !field.IsRequired)
            {
                members.Add(null);
            }

            Assert.Equal(members, property.Enum.Select(member => (member as OpenApiString)?.Value));
        }
    }
}
