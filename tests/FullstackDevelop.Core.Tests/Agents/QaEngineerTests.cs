using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.Backend;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents;

public sealed class QaEngineerTests
{
    private const string Agent = "qa-engineer";

    public static TheoryData<string> Samples => new() { "Bookstore", "Keys", "EveryFieldType", "BookstoreWithoutSignIn", "Rules" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_entity_with_endpoints_has_a_request_for_each_of_its_five_endpoints(string sample)
    {
        var requirements = Sample(sample);
        var files = AgentSamples.Render(Agent, requirements);

        foreach (var entity in AgentSamples.Model(requirements).Entities.Where(entity => entity.HasEndpoints))
        {
            var requests = Requests(files["tests/api/" + entity.KebabName + ".http"]);
            var collection = "{{baseUrl}}" + entity.Route;
            var item = new Regex("^" + Regex.Escape(collection) + "(/[^/?\\s]+){" + entity.Keys.Count + "}$");

            Assert.Contains(requests, request => request.Method == "GET" && request.Url.StartsWith(collection + "?", StringComparison.Ordinal));
            Assert.Contains(requests, request => request.Method == "GET" && item.IsMatch(request.Url));
            Assert.Contains(requests, request => request.Method == "POST" && request.Url == collection);
            Assert.Contains(requests, request => request.Method == "PUT" && item.IsMatch(request.Url));
            Assert.Contains(requests, request => request.Method == "DELETE" && item.IsMatch(request.Url));
            Assert.All(
                requests.Where(request => request.Url.StartsWith("{{baseUrl}}/api/", StringComparison.Ordinal)),
                request => Assert.StartsWith(collection, request.Url, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_request_body_is_json_and_the_valid_create_carries_every_field_the_api_accepts(string sample)
    {
        var requirements = Sample(sample);
        var files = AgentSamples.Render(Agent, requirements);

        foreach (var entity in AgentSamples.Model(requirements).Entities.Where(entity => entity.HasEndpoints))
        {
            var requests = Requests(files["tests/api/" + entity.KebabName + ".http"]);
            var links = entity.ManyToMany.Select(relation => "/" + relation.Segment + "/").ToList();
            foreach (var request in requests.Where(request => request.Method is "POST" or "PUT" && request.Url.Contains("/api/", StringComparison.Ordinal)))
            {
                // Linking sends nothing but the two keys in the path.
                if (links.Any(link => request.Url.Contains(link, StringComparison.Ordinal)))
                {
                    Assert.Equal(string.Empty, request.Body);
                    continue;
                }

                Assert.Contains("Content-Type: application/json", request.Headers);
                using var document = JsonDocument.Parse(request.Body);
                Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
            }

            var create = Assert.Single(requests, request => request.Name == "create" + entity.Name);
            using var body = JsonDocument.Parse(create.Body);
            var members = body.RootElement.EnumerateObject().ToDictionary(member => member.Name, member => member.Value, StringComparer.Ordinal);
            Assert.Equal(
                entity.Fields.Where(field => field.InCreate).Select(field => field.JsonName).OrderBy(name => name, StringComparer.Ordinal),
                members.Keys.OrderBy(name => name, StringComparer.Ordinal));
            foreach (var field in entity.Fields.Where(field => field.InCreate))
            {
                AssertValid(field, members[field.JsonName]);
            }

            var update = Assert.Single(requests, request => request.Method == "PUT" && request.Title.StartsWith("Update the created", StringComparison.Ordinal));
            using var updateBody = JsonDocument.Parse(update.Body);
            Assert.Equal(entity.Fields.Where(field => field.InUpdate).Select(field => field.JsonName), updateBody.RootElement.EnumerateObject().Select(member => member.Name));
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Requests_carry_the_token_exactly_when_the_project_requires_sign_in(string sample)
    {
        var requirements = Sample(sample);
        var model = AgentSamples.Model(requirements);
        var files = AgentSamples.Render(Agent, requirements);

        foreach (var entity in model.Entities.Where(entity => entity.HasEndpoints))
        {
            var text = files["tests/api/" + entity.KebabName + ".http"];
            var requests = Requests(text);
            Assert.Contains("@baseUrl = http://localhost:5000", text.Split('\n'));
            var apiRequests = requests.Where(request => request.Url.StartsWith("{{baseUrl}}/api/", StringComparison.Ordinal)).ToList();
            if (model.Project.RequiresAuthorization)
            {
                Assert.Contains("@token = {{devToken.response.body.$.accessToken}}", text.Split('\n'));
                Assert.Contains(requests, request => request.Name == "devToken" && request.Method == "POST" && request.Url.StartsWith("{{baseUrl}}/dev/token", StringComparison.Ordinal));
                Assert.All(apiRequests, request => Assert.Contains("Authorization: Bearer {{token}}", request.Headers));
            }
            else
            {
                Assert.DoesNotContain("@token", text, StringComparison.Ordinal);
                Assert.All(apiRequests, request => Assert.DoesNotContain(request.Headers, header => header.StartsWith("Authorization:", StringComparison.Ordinal)));
            }
        }
    }

    [Fact]
    public void Entities_without_endpoints_get_a_file_that_only_explains_why()
    {
        var files = AgentSamples.Render(Agent, BackendSamples.Project(BackendSamples.Entity("Log", new[] { BackendSamples.Field("Line", "string") })));

        var text = files["tests/api/log.http"];
        Assert.All(text.TrimEnd('\n').Split('\n'), line => Assert.True(line.Length == 0 || line.StartsWith('#'), "Only comments: " + line));
        Assert.Contains("it has no key", text, StringComparison.Ordinal);
        Assert.Empty(Requests(text));
    }

    [Fact]
    public void Every_rule_of_a_field_has_a_refused_request_that_names_the_field_and_its_message()
    {
        var model = AgentSamples.Model(RulesSample.Requirements);
        var files = AgentSamples.Render(Agent, RulesSample.Requirements);
        var plan = files["docs/test-plan.md"];
        var rules = 0;
        foreach (var entity in model.Entities)
        {
            var requests = Requests(files["tests/api/" + entity.KebabName + ".http"]);
            var section = Section(plan, "### " + entity.Name + " (`" + entity.Route + "`)");
            foreach (var field in entity.Fields.Where(field => field.InCreate))
            {
                foreach (var example in field.Examples.Invalid)
                {
                    var request = Assert.Single(requests, request => request.Title == "Invalid: " + field.JsonName + " " + example.Description + " (400, error for " + field.JsonName + ")");
                    Assert.Equal(("POST", "{{baseUrl}}" + entity.Route), (request.Method, request.Url));
                    Assert.Contains("# The API answers: " + example.Message, request.Comments);
                    using var body = JsonDocument.Parse(request.Body);
                    Assert.Equal(JsonDocument.Parse(example.Json).RootElement.GetRawText(), body.RootElement.GetProperty(field.JsonName).GetRawText());
                    if (example.Rule != "length" || example.Description.Contains("under", StringComparison.Ordinal))
                    {
                        Assert.Contains("| `" + field.JsonName + "` " + example.Description.Replace("|", "\\|", StringComparison.Ordinal) + " |", section, StringComparison.Ordinal);
                    }

                    rules++;
                }
            }
        }

        Assert.True(rules > 30, "The rules sample has a refused value for every rule of its fields: " + rules);
    }

    [Fact]
    public void Composite_keys_and_many_to_many_relations_have_their_requests_and_cases()
    {
        var files = AgentSamples.Render(Agent, RulesSample.Requirements);
        var plan = files["docs/test-plan.md"];

        var lines = Requests(files["tests/api/visit-line.http"]);
        Assert.Contains(lines, request => request.Method == "GET" && request.Url == "{{baseUrl}}/api/visit-lines/{{createVisitLine.response.body.$.visitId}}/{{createVisitLine.response.body.$.lineNumber}}");
        Assert.Contains(lines, request => request.Method == "DELETE" && request.Url == "{{baseUrl}}/api/visit-lines/2147483647/32767");
        Assert.Contains(lines, request => request.Method == "POST" && request.Title.StartsWith("Conflict: create a visit line with the same key again (409)", StringComparison.Ordinal));
        Assert.Contains("| Get with one key part changed | `GET /api/visit-lines/{visitId}/{lineNumber}`", plan, StringComparison.Ordinal);

        var doctors = Requests(files["tests/api/doctor.http"]);
        var links = "{{baseUrl}}/api/doctors/{{createDoctor.response.body.$.id}}/clinics";
        Assert.Equal(
            new[] { "GET " + links + "?page=1&pageSize=20", "PUT " + links + "/1", "PUT " + links + "/1", "GET " + links + "?page=1&pageSize=20", "DELETE " + links + "/1", "DELETE " + links + "/1", "PUT " + links + "/2147483647", "GET {{baseUrl}}/api/doctors/2147483647/clinics?page=1&pageSize=20" },
            doctors.Where(request => request.Url.Contains("/clinics", StringComparison.Ordinal)).Select(request => request.Method + " " + request.Url));
        var section = Section(plan, "### Doctor (`/api/doctors`)");
        Assert.Contains("| Link it again | the same `PUT` twice | 204 both times; it is listed once |", section, StringComparison.Ordinal);
        Assert.Contains("`PUT /api/doctors/{id}/clinics/{clinicId}`", section, StringComparison.Ordinal);
        Assert.Contains("(`ClinicDoctor` rows cascade)", section, StringComparison.Ordinal);

        Assert.Contains(Requests(files["tests/api/badge.http"]), request => request.Title.StartsWith("Conflict: another badge for the same Doctor (409", StringComparison.Ordinal));
        Assert.Contains("| A second Badge for the same Doctor | `POST /api/badges` with the `DoctorId` of an existing Badge (a one-to-one: unique index `IX_Badges_DoctorId`) | 409", plan, StringComparison.Ordinal);
        Assert.Contains("| `licenseNumber` is set on create only |", plan, StringComparison.Ordinal);
        Assert.Contains("| `joinedAt` is set by the API |", plan, StringComparison.Ordinal);
        Assert.Contains("| Empty `name` | `POST` with `\"name\": \"\"` | 201", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_cases_expect_the_statuses_the_api_returns()
    {
        var requests = Requests(AgentSamples.Render(Agent, BackendSamples.Bookstore)["tests/api/book.http"]);

        var tooLong = Assert.Single(requests, request => request.Title.StartsWith("Invalid: isbn of 14 characters", StringComparison.Ordinal));
        using (var body = JsonDocument.Parse(tooLong.Body))
        {
            Assert.Equal(14, body.RootElement.GetProperty("isbn").GetString()!.Length);
        }

        var missingAuthor = Assert.Single(requests, request => request.Title.StartsWith("Conflict: authorId", StringComparison.Ordinal));
        Assert.Contains("(409)", missingAuthor.Title, StringComparison.Ordinal);
        Assert.Contains(requests, request => request.Method == "GET" && request.Url == "{{baseUrl}}/api/books/2147483647" && request.Title.Contains("(404)", StringComparison.Ordinal));
        Assert.Contains(requests, request => request.Url == "{{baseUrl}}/api/books?page=1&pageSize=101" && request.Title.Contains("(400", StringComparison.Ordinal));
        Assert.Contains(requests, request => request.Body == "{}" && request.Title.Contains("(400)", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_test_plan_covers_every_entity_its_sort_fields_and_sign_in_when_required(string sample)
    {
        var requirements = Sample(sample);
        var model = AgentSamples.Model(requirements);
        var plan = AgentSamples.Render(Agent, requirements)["docs/test-plan.md"];

        foreach (var entity in model.Entities)
        {
            Assert.Contains("| " + entity.Name + " |", plan, StringComparison.Ordinal);
            if (!entity.HasEndpoints)
            {
                continue;
            }

            var section = Section(plan, "### " + entity.Name + " (`" + entity.Route + "`)");
            Assert.Contains("| Get a missing key | `GET " + entity.Route + "/{missing}` | 404", section, StringComparison.Ordinal);
            Assert.Contains("| Paging out of range |", section, StringComparison.Ordinal);
            foreach (var field in entity.Fields.Where(field => field.IsSortable))
            {
                Assert.Contains("| Sort by `" + field.JsonName + "` |", section, StringComparison.Ordinal);
            }

            foreach (var field in entity.Fields.Where(field => field.InCreate && field.IsRequired))
            {
                Assert.Contains("| Create without `" + field.JsonName + "` |", section, StringComparison.Ordinal);
            }

            foreach (var field in entity.Fields.Where(field => field.MaxLength is not null && field.InCreate))
            {
                Assert.Contains("| Over-long `" + field.JsonName + "` | `POST` and `PUT` with " + (field.MaxLength + 1), section, StringComparison.Ordinal);
            }

            foreach (var field in entity.Fields.Where(field => field.ForeignKeyOf is not null && field.InCreate))
            {
                Assert.Contains("| `" + field.JsonName + "` refers to a missing " + field.ForeignKeyOf + " |", section, StringComparison.Ordinal);
            }
        }

        Assert.Equal(model.Project.RequiresAuthorization, plan.Contains("\n## Authentication\n", StringComparison.Ordinal));
        Assert.Contains("**" + model.Project.Scale + "** scale", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void Deleting_a_referenced_row_is_a_conflict_for_required_references_only()
    {
        var plan = AgentSamples.Render(Agent, BackendSamples.Bookstore)["docs/test-plan.md"];

        Assert.Contains("| Delete while a Book refers to it | `DELETE /api/authors/{id}`", Section(plan, "### Author (`/api/authors`)"), StringComparison.Ordinal);
        Assert.Contains("| Delete while a Book refers to it (optional) | `DELETE /api/categories/{id}`", Section(plan, "### Category (`/api/categories`)"), StringComparison.Ordinal);
    }

    private static ProjectRequirements Sample(string name) => name switch
    {
        "Bookstore" => BackendSamples.Bookstore,
        "BookstoreWithoutSignIn" => BackendSamples.BookstoreWith(authentication: false),
        "Keys" => BackendSamples.Keys,
        "Rules" => RulesSample.Requirements,
        _ => AgentSamples.EveryFieldType,
    };

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "The plan has the section " + heading + ".");
        var end = markdown.IndexOf("\n#", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? markdown.Substring(start) : markdown.Substring(start, end - start);
    }

    private static void AssertValid(ArtifactField field, JsonElement value)
    {
        switch (field.Type)
        {
            case "string":
                Assert.True(value.GetString()!.Length <= (field.MaxLength ?? int.MaxValue), field.Name + " fits its maximum length.");
                break;
            case "enum":
                Assert.Contains(value.GetString(), field.EnumMembers);
                break;
            case "bool":
                Assert.True(value.ValueKind is JsonValueKind.True or JsonValueKind.False, field.Name + " is a boolean.");
                break;
            case "byte" or "int16" or "int32" or "int64":
                Assert.True(value.TryGetInt64(out _), field.Name + " is an integer.");
                break;
            case "float" or "double" or "decimal":
                Assert.Equal(JsonValueKind.Number, value.ValueKind);
                break;
            case "datetime" or "datetimeoffset":
                Assert.True(value.TryGetDateTimeOffset(out _), field.Name + " is an ISO 8601 date and time.");
                break;
            case "date":
                Assert.True(DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", out _), field.Name + " is an ISO 8601 date.");
                break;
            case "time":
                Assert.True(TimeOnly.TryParseExact(value.GetString(), "HH:mm:ss", out _), field.Name + " is a time of day.");
                break;
            case "timespan":
                Assert.True(TimeSpan.TryParseExact(value.GetString(), "c", null, out _), field.Name + " is a time span.");
                break;
            case "guid":
                Assert.True(value.TryGetGuid(out _), field.Name + " is a GUID.");
                break;
            case "bytes":
                Assert.True(value.TryGetBytesFromBase64(out var bytes) && bytes.Length <= (field.MaxLength ?? int.MaxValue), field.Name + " is base64 within its maximum length.");
                break;
            default:
                Assert.Fail("Unexpected field type " + field.Type + ".");
                break;
        }
    }

    /// <summary>The requests of an .http file: blocks after <c>###</c>, with their comments, request line, headers and body.</summary>
    private static List<HttpRequest> Requests(string text)
    {
        var requests = new List<HttpRequest>();
        foreach (var block in text.Split("\n###").Skip(1))
        {
            var lines = block.Split('\n');
            var title = lines[0].Trim();
            var index = 1;
            string? name = null;
            var comments = new List<string>();
            for (; index < lines.Length && lines[index].StartsWith('#'); index++)
            {
                comments.Add(lines[index]);
                var match = Regex.Match(lines[index], "^# @name (\\S+)$");
                if (match.Success)
                {
                    name = match.Groups[1].Value;
                }
            }

            var requestLine = Regex.Match(lines[index], "^(GET|POST|PUT|DELETE) (\\S+)$");
            Assert.True(requestLine.Success, "A request line follows the comments of '" + title + "': " + lines[index]);
            var headers = new List<string>();
            for (index++; index < lines.Length && lines[index].Length > 0 && !lines[index].StartsWith('@'); index++)
            {
                headers.Add(lines[index]);
            }

            var body = string.Join("\n", lines.Skip(index + 1).TakeWhile(line => !line.StartsWith('@'))).Trim();
            requests.Add(new HttpRequest(title, name, requestLine.Groups[1].Value, requestLine.Groups[2].Value, headers, body, comments));
        }

        return requests;
    }

    private sealed record HttpRequest(string Title, string? Name, string Method, string Url, List<string> Headers, string Body, List<string> Comments);
}
