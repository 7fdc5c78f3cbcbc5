using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FullstackDevelop.Generators.Tests.Infrastructure;
using FullstackDevelop.Tests.Shared;
using Microsoft.Playwright;
using Xunit;

namespace FullstackDevelop.Generators.Tests.Browser;

/// <summary>
/// What the browser tests share: one chromium, and one production site per model, each started on first use (so a
/// skipped test starts nothing): the Bookstore sample, whose API requires sign-in, and the clinics, which do not and
/// whose <c>api.cors-origins</c> names the frontend's own origin on 127.0.0.1.
/// </summary>
public sealed class ProductionFrontendFixture : IAsyncLifetime
{
    private readonly Lazy<Task<ProductionSite>> _bookstore;
    private readonly Lazy<Task<ProductionSite>> _clinics;

    public ProductionFrontendFixture()
    {
        ClinicsWebPort = Nginx.FreePort();
        _bookstore = new(() => ProductionSite.StartAsync(TestInputs.Bookstore(), "Bookstore", "Bookstore", Nginx.FreePort(), Identity.ApiSettings));
        _clinics = new(() => ProductionSite.StartAsync(
            BackendInputs.Clinics(false).Append(new SourceFile("Cors.cs", $"[assembly: FullstackDevelop.Requirement(\"api.cors-origins\", \"{AllowedOrigin}\")]")).ToArray(),
            "Clinics",
            "Clinics",
            ClinicsWebPort,
            new Dictionary<string, string?>()));

        // A page's requests go through nginx to an API on a machine other builds share: more than Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    internal HeadlessChromium Chromium { get; } = new();

    /// <summary>Issues the Bookstore API's tokens, as its identity provider would.</summary>
    internal IdentityProvider Identity { get; } = new("https://login.bookstore.test", "bookstore-api");

    /// <summary>The port of the clinics' frontend, known before the clinics are generated: its origin is the allowed one.</summary>
    internal int ClinicsWebPort { get; }

    /// <summary>The one origin the clinics' API allows (<c>api.cors-origins</c>): its own frontend's.</summary>
    internal string AllowedOrigin => "http://127.0.0.1:" + ClinicsWebPort;

    internal Task<ProductionSite> Bookstore => _bookstore.Value;

    internal Task<ProductionSite> Clinics => _clinics.Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var site in new[] { _bookstore, _clinics }.Where(site => site.IsValueCreated && site.Value.IsCompletedSuccessfully))
        {
            await site.Value.Result.DisposeAsync();
        }

        await Chromium.DisposeAsync();
    }
}
