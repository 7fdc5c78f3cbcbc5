using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using FullstackDevelop.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace FullstackDevelop.EndToEnd.Tests;

/// <summary>
/// Issue 16's first acceptance point, as a new user meets it: a <c>dotnet new web</c> project with the package, the
/// declarations and the two backend calls, and no configuration written by hand, starts in Development and serves
/// authenticated CRUD; after an entity and a field are added and the app rebuilt, the same SQLite file serves them and
/// keeps its rows, and a token of the first run is still good.
/// </summary>
[Collection(UsesPackedPackage.Name)]
public sealed class NewWebProjectTests
{
    private const string Requirements = """
        using System.ComponentModel.DataAnnotations;
        using FullstackDevelop;

        [assembly: FullstackProject("Greenhouse", ExpectedUsers = 40)]
        [assembly: Feature("user-authentication")]

        namespace Greenhouse.Domain;

        [Entity]
        public sealed class Bed
        {
            public int Id { get; set; }

            [Required, MaxLength(60)]
            public string Name { get; set; } = "";

            public List<Plant> Plants { get; set; } = new();
        }

        [Entity]
        public sealed class Plant
        {
            public int Id { get; set; }

            [Required, MaxLength(80)]
            public string Name { get; set; } = "";

            public int BedId { get; set; }

            public Bed? Bed { get; set; }
        $(PlantFields)}
        $(Entities)
        """;

    private const string HeightField = """

            public int HeightCm { get; set; }

        """;

    private const string HarvestEntity = """

        [Entity]
        public sealed class Harvest
        {
            public int Id { get; set; }

            public int PlantId { get; set; }

            public Plant? Plant { get; set; }

            public decimal WeightKg { get; set; }

            public DateOnly HarvestedOn { get; set; }
        }
        """;

    private readonly PackedPackage _package;

    public NewWebProjectTests(PackedPackage package)
    {
        _package = package;
    }

    [Fact]
    public async Task A_new_web_project_serves_authenticated_crud_in_development_with_no_settings_and_keeps_its_rows_when_an_entity_is_added()
    {
        using var project = await NewWebProject.CreateAsync(_package, "Greenhouse");
        var settings = Settings(project.Folder);
        Assert.Equal(new[] { "appsettings.Development.json", "appsettings.json" }, settings.Keys);
        project.Write("Requirements.cs", Requirements.Replace("$(PlantFields)", string.Empty, StringComparison.Ordinal).Replace("$(Entities)", string.Empty, StringComparison.Ordinal));
        await project.BuildAsync();

        // The development signing key goes to LocalApplicationData, which .NET resolves from these on Linux.
        var home = project.Scratch("home");
        var dataHome = Path.Combine(home, ".local", "share");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["HOME"] = home,
            ["XDG_DATA_HOME"] = dataHome,
        };

        string token = "";
        int bed = 0;
        int plant = 0;
        await using (var app = await RunningApp.StartAsync(project.AssemblyPath, project.Folder, environment, "/health/ready"))
        {
            await app.RunAsync(async baseAddress =>
            {
                using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
                await RefusedWithoutTokenAsync(client, "/api/plants");
                token = await DevelopmentTokenAsync(client);
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

                bed = (await CreateAsync(client, "/api/beds", new { name = "North bed" })).GetProperty("id").GetInt32();
                plant = (await CreateAsync(client, "/api/plants", new { name = "Tomato", bedId = bed })).GetProperty("id").GetInt32();
                var read = await GetAsync(client, "/api/plants/" + plant);
                Assert.Equal(("Tomato", bed), (read.GetProperty("name").GetString(), read.GetProperty("bedId").GetInt32()));
                Assert.Equal(1, (await GetAsync(client, "/api/beds")).GetProperty("totalCount").GetInt32());
            });
        }

        // The defaults left nothing in the project but the database: the key is the user's, outside it.
        Assert.True(File.Exists(Path.Combine(dataHome, "FullstackDevelop", "Greenhouse", "jwt-signing-key")), "No development signing key under " + dataHome);
        Assert.True(File.Exists(Path.Combine(project.Folder, "greenhouse.db")), "No greenhouse.db in the content root " + project.Folder);

        project.Write("Requirements.cs", Requirements.Replace("$(PlantFields)", HeightField, StringComparison.Ordinal).Replace("$(Entities)", HarvestEntity, StringComparison.Ordinal));
        await project.BuildAsync();

        await using (var app = await RunningApp.StartAsync(project.AssemblyPath, project.Folder, environment, "/health/ready"))
        {
            await app.RunAsync(async baseAddress =>
            {
                using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
                await RefusedWithoutTokenAsync(client, "/api/harvests");

                // The first run's token: the same key, issuer and audience after a rebuild and restart.
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                Assert.Equal("North bed", (await GetAsync(client, "/api/beds/" + bed)).GetProperty("name").GetString());
                var kept = await GetAsync(client, "/api/plants/" + plant);
                Assert.Equal(("Tomato", bed, 0), (kept.GetProperty("name").GetString(), kept.GetProperty("bedId").GetInt32(), kept.GetProperty("heightCm").GetInt32()));

                using (var update = await client.PutAsJsonAsync(new Uri("/api/plants/" + plant, UriKind.Relative), new { name = "Tomato", bedId = bed, heightCm = 140 }))
                {
                    Assert.True(update.StatusCode == HttpStatusCode.NoContent, $"PUT /api/plants/{plant} answered {(int)update.StatusCode}: {await update.Content.ReadAsStringAsync()}");
                }

                Assert.Equal(140, (await GetAsync(client, "/api/plants/" + plant)).GetProperty("heightCm").GetInt32());
                var sprout = await CreateAsync(client, "/api/plants", new { name = "Basil", bedId = bed, heightCm = 12 });
                Assert.Equal(12, (await GetAsync(client, "/api/plants/" + sprout.GetProperty("id").GetInt32())).GetProperty("heightCm").GetInt32());

                var harvest = (await CreateAsync(client, "/api/harvests", new { plantId = plant, weightKg = 2.75m, harvestedOn = "2026-08-01" })).GetProperty("id").GetInt32();
                var picked = await GetAsync(client, "/api/harvests/" + harvest);
                Assert.Equal((plant, 2.75m, "2026-08-01"), (picked.GetProperty("plantId").GetInt32(), picked.GetProperty("weightKg").GetDecimal(), picked.GetProperty("harvestedOn").GetString()));
                Assert.Equal(1, (await GetAsync(client, "/api/harvests")).GetProperty("totalCount").GetInt32());
                Assert.Equal(2, (await GetAsync(client, "/api/plants")).GetProperty("totalCount").GetInt32());
            });
        }

        Assert.Equal(settings, Settings(project.Folder));
    }

    // The template's settings files, by name, with their text: the test writes none and the app must not need any.
    private static SortedDictionary<string, string> Settings(string folder) =>
        new(Directory.GetFiles(folder, "appsettings*.json").ToDictionary(path => Path.GetFileName(path), path => File.ReadAllText(path)), StringComparer.Ordinal);

    private static async Task RefusedWithoutTokenAsync(HttpClient client, string route)
    {
        using var response = await client.GetAsync(new Uri(route, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    // As docs/generated-app.md tells a developer: POST /dev/token, then the accessToken as a bearer token.
    private static async Task<string> DevelopmentTokenAsync(HttpClient client)
    {
        using var response = await client.PostAsync(new Uri("/dev/token?subject=gardener", UriKind.Relative), null);
        return (await JsonAsync(response, HttpStatusCode.OK, "POST /dev/token")).GetProperty("accessToken").GetString()!;
    }

    private static async Task<JsonElement> CreateAsync(HttpClient client, string route, object body)
    {
        using var response = await client.PostAsJsonAsync(new Uri(route, UriKind.Relative), body);
        return await JsonAsync(response, HttpStatusCode.Created, "POST " + route);
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string route)
    {
        using var response = await client.GetAsync(new Uri(route, UriKind.Relative));
        return await JsonAsync(response, HttpStatusCode.OK, "GET " + route);
    }

    // The body as JSON once the status is the expected one; otherwise a failure that shows the body, whatever it is.
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected, string request)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{request} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
