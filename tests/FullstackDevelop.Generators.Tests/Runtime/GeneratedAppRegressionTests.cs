using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FullstackDevelop.Generators.Tests.Infrastructure;
using FullstackDevelop.Generators.Tests.Runtime.Hosting;
using FullstackDevelop.Generators.Tests.Runtime.Smoke;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FullstackDevelop.Generators.Tests.Runtime;

/// <summary>
/// The points 4 and 6 as fixed models, on the host the random models use: what a diagnostic says is what the
/// running app does.
/// </summary>
public sealed class GeneratedAppRegressionTests
{
    private const string Requirements = """
        using FullstackDevelop;

        [assembly: FullstackProject("Survey")]
        """;

    private const string User = """
        using System;
        using FullstackDevelop;

        namespace Survey.Domain;

        [Entity]
        public sealed class User
        {
            public Guid Id { get; set; }

            public string Name { get; set; } = "";
        }
        """;

    [Fact]
    public async Task A_property_of_a_plain_class_is_ignored_with_FSD0008_and_the_app_starts_and_serves()
    {
        var customer = new SourceFile("Domain/Customer.cs", """
            using FullstackDevelop;

            namespace Survey.Domain;

            public sealed class Address
            {
                public string Street { get; set; } = "";
            }

            [Entity]
            public sealed class Customer
            {
                public int Id { get; set; }

                public string Name { get; set; } = "";

                public Address? HomeAddress { get; set; }
            }
            """);
        var app = GeneratedApp.Generate(new[] { new SourceFile("Requirements.cs", Requirements), customer }, "Survey", "Survey", "IgnoredProperty");

        var warning = Assert.Single(app.Outcome.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal("FSD0008", warning.Id);
        Assert.Equal(("Domain/Customer.cs", 17), Position(warning));
        Assert.Contains("HomeAddress", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        await using var running = await RunningApp.StartAsync(app.Emit(), "Survey");
        using var api = new ApiClient(running.BaseAddress);
        var created = await api.PostAsync("/api/customers", new JsonObject { ["name"] = "Ada" });
        Assert.True(created.Status == 201, created.Text);
        var read = await api.GetAsync("/api/customers/" + created.Json!.Value.GetProperty("id").GetInt32());
        Assert.True(read.Status == 200, read.Text);
        Assert.Equal("Ada", read.Json!.Value.GetProperty("name").GetString());
        Assert.False(read.Json.Value.TryGetProperty("homeAddress", out _), "an ignored property is not part of the API: " + read.Text);
    }

    [Fact]
    public void A_foreign_key_of_another_type_than_the_key_it_refers_to_is_FSD0033_at_the_navigation()
    {
        var response = new SourceFile("Domain/Response.cs", """
            using FullstackDevelop;

            namespace Survey.Domain;

            [Entity]
            public sealed class Response
            {
                public int Id { get; set; }

                public int? UserId { get; set; }

                public User? User { get; set; }
            }
            """);
        var app = GeneratedApp.Generate(new[] { new SourceFile("Requirements.cs", Requirements), new SourceFile("Domain/User.cs", User), response }, "Survey", "Survey", "ForeignKeyMismatch");

        var error = Assert.Single(app.GeneratorErrors);
        Assert.Equal("FSD0033", error.Id);
        Assert.Equal(("Domain/Response.cs", 12), Position(error));
        var message = error.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("'UserId'", message, StringComparison.Ordinal);
        Assert.Contains("int", message, StringComparison.Ordinal);
        Assert.Contains("Guid", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_reference_with_a_foreign_key_of_the_key_type_starts_and_serves()
    {
        var response = new SourceFile("Domain/Response.cs", """
            using System;
            using FullstackDevelop;

            namespace Survey.Domain;

            [Entity]
            public sealed class Response
            {
                public int Id { get; set; }

                public Guid? UserId { get; set; }

                public User? User { get; set; }
            }
            """);
        var app = GeneratedApp.Generate(new[] { new SourceFile("Requirements.cs", Requirements), new SourceFile("Domain/User.cs", User), response }, "Survey", "Survey", "ForeignKeyMatch");
        Assert.Empty(app.Outcome.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        await using var running = await RunningApp.StartAsync(app.Emit(), "Survey");
        using var api = new ApiClient(running.BaseAddress);
        var user = await api.PostAsync("/api/users", new JsonObject { ["name"] = "Grace" });
        Assert.True(user.Status == 201, user.Text);
        var userId = user.Json!.Value.GetProperty("id").GetGuid();
        var created = await api.PostAsync("/api/responses", new JsonObject { ["userId"] = userId.ToString("D") });
        Assert.True(created.Status == 201, created.Text);
        Assert.Equal(userId, created.Json!.Value.GetProperty("userId").GetGuid());
        var missing = await api.PostAsync("/api/responses", new JsonObject { ["userId"] = Guid.NewGuid().ToString("D") });
        Assert.True(missing.Status == 409, "a foreign key naming no user: " + missing.Status + " " + missing.Text);
    }

    private static (string File, int Line) Position(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return (span.Path, span.StartLinePosition.Line + 1);
    }
}
