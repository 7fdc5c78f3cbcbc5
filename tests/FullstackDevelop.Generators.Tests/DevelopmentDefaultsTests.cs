using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using FullstackDevelop.Generators.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Xunit;

namespace FullstackDevelop.Generators.Tests;

/// <summary>
/// A new app starts in Development with no configuration written by hand: the SQLite file beside it, the issuer and
/// audience of the project, and a signing key made once and kept under the user's profile; outside Development a
/// missing or short key still stops it.
/// </summary>
public sealed class DevelopmentDefaultsTests
{
    private const string KeyMessage = "Authentication:Jwt:Key must be a secret of at least 32 bytes";

    /// <summary>The Clinics backend with <c>user-authentication</c>, compiled and loaded once.</summary>
    internal static readonly Lazy<Assembly> Clinics = new(() =>
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.CreateDriver(rootNamespace: "Clinics"), GeneratorHarness.Compile(BackendInputs.Clinics(false, "user-authentication"), "Clinics", web: true));
        Assert.Empty(outcome.CompilationProblems());
        return GeneratedWebApp.Load(outcome.Output);
    });

    [Fact]
    public async Task A_new_app_serves_signed_in_crud_in_development_with_a_key_kept_outside_the_project_across_restarts()
    {
        var application = NewApplicationName();
        var keyFile = Path.Combine(KeyFolder(application), "jwt-signing-key");
        try
        {
            string token;
            await using (var first = await GeneratedWebApp.StartUnconfiguredAsync(Clinics.Value, "Clinics", "Clinics", "Development", application))
            {
                using (var anonymous = await first.Client.PostAsync(new Uri("/api/clinics", UriKind.Relative), Json("""{ "name": "North" }""")))
                {
                    Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
                }

                token = await DevelopmentTokenAsync(first);
                Assert.Equal(HttpStatusCode.Created, await SendAsync(first, HttpMethod.Post, "/api/clinics", token, """{ "name": "North" }"""));
                Assert.Equal(HttpStatusCode.OK, await SendAsync(first, HttpMethod.Get, "/api/clinics/1", token, null));

                var claims = Claims(token);
                Assert.Equal("clinics", claims.GetProperty("iss").GetString());
                Assert.Equal("clinics-api", claims.GetProperty("aud").GetString());

                // The default database is the SQLite file in the content root; the key is not in the project folder.
                Assert.True(File.Exists(Path.Combine(first.ContentRoot, "clinics.db")));
                Assert.DoesNotContain(Directory.GetFiles(first.ContentRoot, "*", SearchOption.AllDirectories), file => Path.GetFileName(file) == "jwt-signing-key");
            }

            var key = File.ReadAllText(keyFile);
            Assert.Equal(32, Convert.FromBase64String(key).Length);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
            }

            // Restarted, the app signs with the same key: the first run's token is still accepted.
            await using (var second = await GeneratedWebApp.StartUnconfiguredAsync(Clinics.Value, "Clinics", "Clinics", "Development", application))
            {
                Assert.Equal(HttpStatusCode.OK, await SendAsync(second, HttpMethod.Get, "/api/clinics", token, null));
            }

            Assert.Equal(key, File.ReadAllText(keyFile));
        }
        finally
        {
            DeleteKeyFolder(application);
        }
    }

    [Fact]
    public async Task Apps_that_make_the_key_at_once_all_use_the_one_stored_first()
    {
        var application = NewApplicationName();
        try
        {
            var readOrCreate = Clinics.Value.GetType("Clinics.Security.ClinicsDevelopmentKey", throwOnError: true)!.GetMethod("ReadOrCreate")!;
            var keys = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => (string)readOrCreate.Invoke(null, [application])!)));

            Assert.Single(keys.Distinct(StringComparer.Ordinal));
            Assert.Equal(keys[0], File.ReadAllText(Path.Combine(KeyFolder(application), "jwt-signing-key")));
            Assert.Equal(["jwt-signing-key"], Directory.GetFiles(KeyFolder(application)).Select(Path.GetFileName));
        }
        finally
        {
            DeleteKeyFolder(application);
        }
    }

    [Theory]
    [InlineData("Production", null, "clinics", KeyMessage)]
    [InlineData("Production", "a-production-key-of-at-least-32-bytes!", null, "Authentication:Jwt:Issuer and Authentication:Jwt:Audience must be set.")]
    [InlineData("Production", "short", "clinics", KeyMessage)]
    [InlineData("Staging", null, null, KeyMessage)]
    [InlineData("Development", "short", null, KeyMessage)]
    public async Task A_missing_or_short_setting_stops_the_app_outside_development_and_a_short_key_everywhere(string environment, string? key, string? issuer, string message)
    {
        var application = NewApplicationName();
        var settings = new Dictionary<string, string?>
        {
            ["Authentication:Jwt:Key"] = key,
            ["Authentication:Jwt:Issuer"] = issuer,
            ["Authentication:Jwt:Audience"] = issuer,
        };

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => GeneratedWebApp.StartUnconfiguredAsync(Clinics.Value, "Clinics", "Clinics", environment, application, settings));

        Assert.Contains(failure.Failures, text => text.StartsWith(message, StringComparison.Ordinal));
        Assert.False(Directory.Exists(KeyFolder(application)), "A key was stored for an app that did not start in Development with no key.");
    }

    [Fact]
    public async Task Settings_written_in_development_win_over_the_defaults_and_no_key_is_stored()
    {
        var application = NewApplicationName();
        var settings = new Dictionary<string, string?>
        {
            ["Authentication:Jwt:Key"] = "a-development-key-of-the-user-0123456789",
            ["Authentication:Jwt:Issuer"] = "my-issuer",
        };

        await using var app = await GeneratedWebApp.StartUnconfiguredAsync(Clinics.Value, "Clinics", "Clinics", "Development", application, settings);

        var claims = Claims(await DevelopmentTokenAsync(app));
        Assert.Equal("my-issuer", claims.GetProperty("iss").GetString());
        Assert.Equal("clinics-api", claims.GetProperty("aud").GetString());
        Assert.False(Directory.Exists(KeyFolder(application)));
    }

    private static string NewApplicationName() => "FullstackDevelopTests" + Guid.NewGuid().ToString("N");

    private static string KeyFolder(string application) =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "FullstackDevelop", application);

    private static void DeleteKeyFolder(string application)
    {
        if (Directory.Exists(KeyFolder(application)))
        {
            Directory.Delete(KeyFolder(application), recursive: true);
        }
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<string> DevelopmentTokenAsync(GeneratedWebApp app)
    {
        using var issued = await app.Client.PostAsync(new Uri("/dev/token?subject=dev", UriKind.Relative), null);
        var text = await issued.Content.ReadAsStringAsync();
        Assert.True(issued.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("accessToken").GetString()!;
    }

    private static async Task<HttpStatusCode> SendAsync(GeneratedWebApp app, HttpMethod method, string path, string token, string? json)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = json is null ? null : Json(json) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await app.Client.SendAsync(request);
        return response.StatusCode;
    }

    private static JsonElement Claims(string token)
    {
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        return JsonDocument.Parse(Convert.FromBase64String(payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '='))).RootElement;
    }
}
