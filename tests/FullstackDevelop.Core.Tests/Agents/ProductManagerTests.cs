using System;
using System.Linq;
using System.Text.RegularExpressions;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.Backend;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents;

public sealed class ProductManagerTests
{
    private const string Agent = "product-manager";

    private const string SpecPath = "docs/requirements.md";

    public static TheoryData<string> Samples => TechnicalArchitectTests.Samples;

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_agent_writes_the_specification_and_one_user_story_file_per_entity(string sample)
    {
        var requirements = TechnicalArchitectTests.Sample(sample);

        var files = AgentSamples.Render(Agent, requirements);

        var expected = AgentSamples.Model(requirements).Entities.Select(entity => "docs/user-stories/" + entity.KebabName + ".md").Append(SpecPath);
        Assert.Equal(expected.OrderBy(path => path, StringComparer.Ordinal), files.Keys);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_specification_lists_every_entity_with_its_fields_and_relations(string sample)
    {
        var requirements = TechnicalArchitectTests.Sample(sample);
        var model = AgentSamples.Model(requirements);
        var spec = AgentSamples.Render(Agent, requirements)[SpecPath];

        Assert.StartsWith("# " + model.Project.Name + " — requirements specification\n", spec, StringComparison.Ordinal);
        var number = 0;
        foreach (var entity in model.Entities)
        {
            number++;
            var section = Section(spec, "### 3." + number + " " + entity.Name + "\n");
            Assert.Contains("`" + entity.Table + "`", section, StringComparison.Ordinal);
            Assert.Contains(entity.HasEndpoints ? "managed through `" + entity.Route + "`" : "the API has no endpoints for them", section, StringComparison.Ordinal);
            foreach (var field in entity.Fields)
            {
                var row = Assert.Single(section.Split('\n'), line => line.StartsWith("| `" + field.Name + "` |", StringComparison.Ordinal));
                var cells = row.Split(" | ");
                Assert.Equal(field.IsRequired ? "yes" : "no", cells[2]);
                Assert.StartsWith(field.MaxLength?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–", cells[3], StringComparison.Ordinal);
                Assert.Equal(field.IsKey, cells[4].Contains("primary key", StringComparison.Ordinal));
                Assert.Equal(field.ForeignKeyOf is not null, cells[4].Contains("foreign key to " + field.ForeignKeyOf, StringComparison.Ordinal));
                Assert.All(field.EnumMembers, member => Assert.Contains(member, cells[1], StringComparison.Ordinal));
            }

            Assert.All(entity.References, reference => Assert.Contains("- `" + reference.Name + "`: each " + entity.DisplayName + " ", section, StringComparison.Ordinal));
            Assert.All(entity.Collections, collection => Assert.Contains("- `" + collection.Name + "`: one " + entity.DisplayName + " has any number of " + collection.Target, section, StringComparison.Ordinal));
        }

        Assert.DoesNotContain("### 4." + (number + 1) + " ", spec, StringComparison.Ordinal);
    }

    [Fact]
    public void The_specification_gives_the_overview_features_and_non_functional_requirements_of_the_Bookstore()
    {
        var spec = AgentSamples.Render(Agent, BackendSamples.Bookstore)[SpecPath];

        Assert.Contains("| Scale | medium |", spec, StringComparison.Ordinal);
        Assert.Contains("| Expected users | 5,000 |", spec, StringComparison.Ordinal);
        Assert.Contains("| Technology stack | aspnetcore, efcore, react, postgresql |", spec, StringComparison.Ordinal);
        Assert.Contains("| Database | PostgreSQL |", spec, StringComparison.Ordinal);
        Assert.All(BackendSamples.Bookstore.Features, feature => Assert.Matches("(?m)^- `" + Regex.Escape(feature) + "`", Section(spec, "## 2. Features\n")));
        var nonFunctional = Section(spec, "## 4. Non-functional requirements\n");
        Assert.Contains("Serve 5,000 expected users on the medium infrastructure profile: 4 vCPUs, 16GB RAM", nonFunctional, StringComparison.Ordinal);
        Assert.Contains("| NFR-2 | Availability | 99.5% of requests succeed each month (at most 3 h 36 min of downtime in 30 days)", nonFunctional, StringComparison.Ordinal);
        Assert.Contains("At least 3 API instances, scaled out to 7 when average CPU use passes 70%", nonFunctional, StringComparison.Ordinal);
        Assert.Contains("| NFR-6 | Security | Every API call is authenticated with a signed JWT", nonFunctional, StringComparison.Ordinal);
    }

    [Fact]
    public void Requirement_keys_no_template_reads_leave_the_specification_as_it_was()
    {
        var requirements = BackendSamples.Bookstore with
        {
            Requirements = EquatableArray.From(BackendSamples.Bookstore.Requirements
                .Append(new RequirementEntry("product.vision", "Sell books | online"))
                .Append(new RequirementEntry("features.cart.limit", "50"))
                .OrderBy(entry => entry.Key, StringComparer.Ordinal)),
        };

        Assert.Equal(AgentSamples.Render(Agent, BackendSamples.Bookstore), AgentSamples.Render(Agent, requirements));
    }

    [Fact]
    public void A_small_project_without_sign_in_or_declared_users_says_so()
    {
        var requirements = BackendSamples.Keys with { Features = default };

        var spec = AgentSamples.Render(Agent, requirements)[SpecPath];

        Assert.Contains("| Expected users | not declared |", spec, StringComparison.Ordinal);
        Assert.Contains("| Entities | 7 |", spec, StringComparison.Ordinal);
        Assert.Contains("The project declares no features.", spec, StringComparison.Ordinal);
        Assert.Contains("| NFR-2 | Availability | 99.0% of requests succeed each month (at most 7 h 12 min of downtime in 30 days)", spec, StringComparison.Ordinal);
        Assert.Contains("| NFR-6 | Security | The API is open", spec, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Entities_with_endpoints_get_five_CRUD_stories_and_one_per_many_to_many_relation(string sample)
    {
        var requirements = TechnicalArchitectTests.Sample(sample);
        var files = AgentSamples.Render(Agent, requirements);
        var signIn = requirements.Features.Contains("user-authentication");

        foreach (var entity in AgentSamples.Model(requirements).Entities.Where(entity => entity.HasEndpoints))
        {
            var stories = files["docs/user-stories/" + entity.KebabName + ".md"];
            var id = "US-" + entity.KebabName.ToUpperInvariant();

            var count = 5 + entity.ManyToMany.Count;
            Assert.Equal(
                new[] { id + "-1 List", id + "-2 View", id + "-3 Create", id + "-4 Update", id + "-5 Delete" }.Concat(entity.ManyToMany.Select((relation, index) => id + "-" + (6 + index) + " Link")),
                Regex.Matches(stories, "(?m)^## (US-[A-Z0-9-]+ [A-Za-z]+)").Select(match => match.Groups[1].Value));
            Assert.Equal(count, Regex.Count(stories, "(?m)^As a (signed-in )?user of " + Regex.Escape(requirements.Project.Name) + ", I want to "));
            Assert.Equal(count, Regex.Count(stories, ", so that "));

            var list = Section(stories, "## " + id + "-1 List");
            Assert.Contains("`GET " + entity.Route + "`", list, StringComparison.Ordinal);
            Assert.Contains("`pageSize` outside 1–100", list, StringComparison.Ordinal);
            Assert.Contains("ordered by " + string.Join(" and ", entity.Keys.Select(key => "`" + key.JsonName + "`")), list, StringComparison.Ordinal);
            Assert.All(entity.Fields.Where(field => field.IsSortable), field => Assert.Contains("`" + field.JsonName + "`", list, StringComparison.Ordinal));

            Assert.Contains("then** I get 404", Section(stories, "## " + id + "-2 View"), StringComparison.Ordinal);

            var create = Section(stories, "## " + id + "-3 Create");
            Assert.Contains("I get 201", create, StringComparison.Ordinal);
            foreach (var field in entity.Fields.Where(field => field.InCreate))
            {
                // Every rule with a refused value and the API's message, but the maximum length (said as "longer than").
                foreach (var example in field.Examples.Invalid.Where(example => example.Rule != "length" || example.Description.Contains("under", StringComparison.Ordinal)))
                {
                    Assert.Contains("**Given** `" + field.JsonName + "` " + example.Description + " (`" + example.Json + "`), **when** I `POST " + entity.Route + "`, **then** I get 400 with \"" + example.Message + "\"", create, StringComparison.Ordinal);
                }

                if (field.IsRequired)
                {
                    Assert.Contains("**Given** a body without `" + field.JsonName + "`", create, StringComparison.Ordinal);
                }

                if (field.MaxLength is { } maxLength)
                {
                    Assert.Contains("**Given** `" + field.JsonName + "` longer than " + maxLength + (field.Type == "bytes" ? " bytes" : " characters"), create, StringComparison.Ordinal);
                }

                if (field.ForeignKeyOf is not null)
                {
                    Assert.Contains("**Given** `" + field.JsonName + "` is the key of no " + field.ForeignKeyOf + ", **when** I `POST " + entity.Route + "`, **then** I get 409", create, StringComparison.Ordinal);
                }
            }

            var update = Section(stories, "## " + id + "-4 Update");
            Assert.Contains("I get 204", update, StringComparison.Ordinal);
            var item = entity.HasCompositeKey ? entity.Route + "/" + string.Join("/", entity.Keys.Select(key => "K." + key.JsonName)) : entity.Route + "/K";
            Assert.Contains("`PUT " + item + "`, **then** I get 404", update, StringComparison.Ordinal);
            Assert.All(entity.Fields.Where(field => field.IsKey), key => Assert.DoesNotContain("a body without `" + key.JsonName + "`", update, StringComparison.Ordinal));

            var delete = Section(stories, "## " + id + "-5 Delete");
            Assert.Contains("**then** I get 409", delete, StringComparison.Ordinal);
            Assert.Contains("`DELETE " + item + "`, **then** I get 404", delete, StringComparison.Ordinal);

            for (var index = 0; index < entity.ManyToMany.Count; index++)
            {
                var relation = entity.ManyToMany[index];
                var links = Section(stories, "## " + id + "-" + (6 + index) + " Link");
                var path = item + "/" + relation.Segment;
                Assert.Contains("`GET " + path + "`", links, StringComparison.Ordinal);
                Assert.Contains("`PUT " + path + "/T`, **then** I get 204", links, StringComparison.Ordinal);
                Assert.Contains("`DELETE " + path + "/T`, **then** I get 204", links, StringComparison.Ordinal);
                Assert.Contains("**then** I get 404", links, StringComparison.Ordinal);
            }

            Assert.Equal(signIn ? count : 0, Regex.Count(stories, "Given\\*\\* I am not signed in, .*?I get 401"));
            Assert.Equal(signIn, stories.Contains("signed-in user", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void An_entity_with_a_composite_key_gets_stories_with_every_key_part_in_the_path()
    {
        var stories = AgentSamples.Render(Agent, BackendSamples.Keys)["docs/user-stories/shelf-tag.md"];

        Assert.Contains("## US-SHELF-TAG-2 View", stories, StringComparison.Ordinal);
        Assert.Contains("with key K (`shelfId` and `tagCode`) exists, **when** I request `GET /api/shelf-tags/K.shelfId/K.tagCode`", stories, StringComparison.Ordinal);
        Assert.Contains("a `Location` header of `/api/shelf-tags/{shelfId}/{tagCode}`", stories, StringComparison.Ordinal);
        Assert.Contains("already has the `shelfId` and `tagCode` I send", stories, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_without_a_key_gets_the_reason_instead_of_API_stories()
    {
        var keyless = BackendSamples.Project(BackendSamples.Entity("Log", new[] { BackendSamples.Field("Line", "string") }));

        var stories = AgentSamples.Render(Agent, keyless)["docs/user-stories/log.md"];

        Assert.Contains("## No API stories", stories, StringComparison.Ordinal);
        Assert.Contains("have no key", stories, StringComparison.Ordinal);
        Assert.DoesNotContain("## US-", stories, StringComparison.Ordinal);
    }

    [Fact]
    public void Stories_without_sign_in_never_mention_tokens()
    {
        var files = AgentSamples.Render(Agent, BackendSamples.BookstoreWith(authentication: false, "Author", "Book"));

        Assert.All(new[] { "docs/user-stories/author.md", "docs/user-stories/book.md" }, path =>
        {
            Assert.DoesNotContain("401", files[path], StringComparison.Ordinal);
            Assert.DoesNotContain("Bearer", files[path], StringComparison.Ordinal);
            Assert.Contains("As a user of Bookstore, I want to", files[path], StringComparison.Ordinal);
        });
    }

    // The text from a heading that starts with `heading` to the next heading of the same or a higher level.
    private static string Section(string text, string heading)
    {
        var start = text.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, "Missing heading: " + heading.TrimEnd('\n'));
        var level = heading.TakeWhile(c => c == '#').Count();
        var next = Regex.Match(text.Substring(start + heading.Length), "(?m)^#{1," + level + "} ");
        return next.Success ? text.Substring(start, heading.Length + next.Index) : text.Substring(start);
    }
}
