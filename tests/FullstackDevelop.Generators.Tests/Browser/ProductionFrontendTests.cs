using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace FullstackDevelop.Generators.Tests.Browser;

/// <summary>
/// The production frontend in a real browser: built by the commands of its Dockerfile's build stage, served by nginx
/// with the generated configuration, the generated API behind it. Headless chromium opens the app as a user would,
/// signs in the way the production page offers (pasting a token from the identity provider), lists an entity's rows,
/// creates one through the form and deletes it, checked on the page and on the API; and calls the API cross-origin
/// from the allowed origin and from another one.
/// </summary>
public sealed class ProductionFrontendTests : IClassFixture<ProductionFrontendFixture>
{
    private readonly ProductionFrontendFixture _fixture;

    public ProductionFrontendTests(ProductionFrontendFixture fixture) => _fixture = fixture;

    [BrowserFact]
    public async Task The_bookstore_lists_creates_and_deletes_books_for_a_user_who_pastes_a_token()
    {
        var site = await _fixture.Bookstore;
        var token = _fixture.Identity.Issue("clerk@bookstore.test");
        var author = (await SendAsync(site, HttpMethod.Post, "/api/authors", token, """{ "name": "Ursula K. Le Guin" }""", HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await SendAsync(site, HttpMethod.Post, "/api/books", token, Book("9780441478125", "The Left Hand of Darkness", author), HttpStatusCode.Created);
        await SendAsync(site, HttpMethod.Post, "/api/books", token, Book("9780553383041", "A Wizard of Earthsea", author), HttpStatusCode.Created);

        await using var context = await _fixture.Chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        var dialogs = Answer(page, token);
        await page.GotoAsync(site.Address + "books");

        // A new visitor has no token: the API refuses the list, and the page says how to go on.
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The API needs you to sign in (or your token has expired).");

        // The development sign-in asks POST /dev/token, which a production API does not map: a production build does not
        // offer it. A token from the identity provider, pasted, signs in.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Paste token" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Paste token" }).ClickAsync();
        await Expect(page.GetByText("Signed in", new() { Exact = true })).ToBeVisibleAsync();
        var rows = page.Locator("main table").First.Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Filter(new() { HasText = "The Left Hand of Darkness" })).ToContainTextAsync("9780441478125");
        await Expect(rows.Filter(new() { HasText = "A Wizard of Earthsea" })).ToHaveCountAsync(1);

        await page.Locator("#book-isbn").FillAsync("9780061054884");
        await page.Locator("#book-title").FillAsync("The Dispossessed");
        await page.Locator("#book-price").FillAsync("12.5");
        await page.Locator("#book-publishedOn").FillAsync("1974-05-01");
        await page.Locator("#book-format").SelectOptionAsync("Hardcover");
        await page.Locator("#book-authorId").FillAsync(author.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();

        var created = rows.Filter(new() { HasText = "The Dispossessed" });
        await Expect(created).ToHaveCountAsync(1);
        await Expect(page.GetByText("Page 1 of 1, 3 books")).ToBeVisibleAsync();
        var book = Single(await SendAsync(site, HttpMethod.Get, "/api/books?pageSize=100", token, null, HttpStatusCode.OK), "title", "The Dispossessed");
        Assert.Equal(("9780061054884", 12.5m, "1974-05-01", "Hardcover", author), (book.GetProperty("isbn").GetString(), book.GetProperty("price").GetDecimal(), book.GetProperty("publishedOn").GetString(), book.GetProperty("format").GetString(), book.GetProperty("authorId").GetInt32()));

        // The token is kept in the browser: a reload of the page's own route still lists.
        await page.ReloadAsync();
        await Expect(created).ToHaveCountAsync(1);

        var id = book.GetProperty("id").GetInt32();
        await created.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(created).ToHaveCountAsync(0);
        await Expect(rows).ToHaveCountAsync(2);
        await SendAsync(site, HttpMethod.Get, "/api/books/" + id, token, null, HttpStatusCode.NotFound);
        Assert.Equal(new[] { "Paste a bearer token issued for the API:", $"Delete the book {id}? This cannot be undone." }, dialogs);
    }

    [BrowserFact]
    public async Task The_clinics_list_create_and_delete_clinics_with_no_sign_in()
    {
        var site = await _fixture.Clinics;
        foreach (var name in new[] { "North Clinic", "South Clinic" })
        {
            await SendAsync(site, HttpMethod.Post, "/api/clinics", null, JsonSerializer.Serialize(new { name }), HttpStatusCode.Created);
        }

        var before = (await SendAsync(site, HttpMethod.Get, "/api/clinics", null, null, HttpStatusCode.OK)).GetProperty("totalCount").GetInt32();
        await using var context = await _fixture.Chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        var dialogs = Answer(page, null);

        // The entry page routes to the first entity in the navigation; the clinics are a link of it.
        await page.GotoAsync(site.Address.ToString());
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Clinics" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Address + "clinics");
        var rows = page.Locator("main table").First.Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(before);
        await Expect(rows.Filter(new() { HasText = "North Clinic" })).ToHaveCountAsync(1);
        await Expect(rows.Filter(new() { HasText = "South Clinic" })).ToHaveCountAsync(1);

        await page.Locator("#clinic-name").FillAsync("Riverside Clinic");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();
        var created = rows.Filter(new() { HasText = "Riverside Clinic" });
        await Expect(created).ToHaveCountAsync(1);
        await Expect(page.GetByText($"Page 1 of 1, {before + 1} clinics")).ToBeVisibleAsync();
        var clinic = Single(await SendAsync(site, HttpMethod.Get, "/api/clinics?pageSize=100", null, null, HttpStatusCode.OK), "name", "Riverside Clinic");

        var id = clinic.GetProperty("id").GetInt32();
        await created.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(created).ToHaveCountAsync(0);
        await Expect(rows).ToHaveCountAsync(before);
        await SendAsync(site, HttpMethod.Get, "/api/clinics/" + id, null, null, HttpStatusCode.NotFound);
        Assert.Equal(new[] { $"Delete the clinic {id}? This cannot be undone." }, dialogs);
    }

    [BrowserFact]
    public async Task Through_nginx_a_created_rows_location_is_on_the_origin_the_client_called()
    {
        var site = await _fixture.Clinics;
        using var client = new HttpClient { BaseAddress = site.Address };

        using var created = await client.PostAsync("/api/clinics", new StringContent("""{ "name": "Behind the proxy" }""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!;
        Assert.Equal(site.Address.GetLeftPart(UriPartial.Authority), location.GetLeftPart(UriPartial.Authority));
        using var read = await client.GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(location)).StatusCode);
    }

    [BrowserFact]
    public async Task A_page_from_the_allowed_origin_calls_the_api_cross_origin_and_a_page_from_another_origin_is_refused()
    {
        var site = await _fixture.Clinics;
        var api = site.Api.Client.BaseAddress + "api/clinics";
        await using var context = await _fixture.Chromium.NewContextAsync();
        var page = await context.NewPageAsync();

        // A JSON POST is not a simple request: the browser sends a preflight first, and the POST only if it is allowed.
        await page.GotoAsync(_fixture.AllowedOrigin + "/");
        Assert.Equal(_fixture.AllowedOrigin, await page.EvaluateAsync<string>("() => window.location.origin"));
        var allowed = await PostAsync(page, api, "From the allowed origin");
        Assert.Equal("201", allowed.GetProperty("status").ToString());
        Assert.StartsWith(api + "/", allowed.GetProperty("location").GetString(), StringComparison.Ordinal);

        // The same page from another origin (another host name for the same server): the preflight is refused, so the
        // POST is never sent, and a GET's answer is kept from the page.
        var other = "http://localhost:" + _fixture.ClinicsWebPort;
        await page.GotoAsync(other + "/");
        var refused = await PostAsync(page, api, "From another origin");
        Assert.Equal("TypeError", refused.GetProperty("error").GetString());
        Assert.Equal("TypeError", await page.EvaluateAsync<string>("url => fetch(url).then(() => 'read', error => error.name)", api));

        var names = (await SendAsync(site, HttpMethod.Get, "/api/clinics?pageSize=100", null, null, HttpStatusCode.OK)).GetProperty("items").EnumerateArray().Select(item => item.GetProperty("name").GetString()).ToList();
        Assert.Contains("From the allowed origin", names);
        Assert.DoesNotContain("From another origin", names);
        var created = Single(await SendAsync(site, HttpMethod.Get, "/api/clinics?pageSize=100", null, null, HttpStatusCode.OK), "name", "From the allowed origin");
        await SendAsync(site, HttpMethod.Delete, "/api/clinics/" + created.GetProperty("id").GetInt32(), null, null, HttpStatusCode.NoContent);
    }

    // Answers the page's prompt (the token to paste) and confirmations with OK; the dialogs' messages, in order.
    private static List<string> Answer(IPage page, string? token)
    {
        var messages = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            messages.Add(dialog.Message);
            await dialog.AcceptAsync(dialog.Type == DialogType.Prompt ? token : null);
        };
        return messages;
    }

    // A cross-origin JSON POST from the page: its status and Location header, or the name of the error fetch threw.
    private static async Task<JsonElement> PostAsync(IPage page, string url, string name) => await page.EvaluateAsync<JsonElement>(
        """
        async ([url, name]) => {
          try {
            const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name }) });
            return { status: response.status, location: response.headers.get('Location') };
          } catch (error) {
            return { error: error.name };
          }
        }
        """,
        new[] { url, name });

    private static string Book(string isbn, string title, int author) =>
        JsonSerializer.Serialize(new { isbn, title, price = 9.99m, publishedOn = "1969-03-01", format = "Paperback", authorId = author });

    private static JsonElement Single(JsonElement page, string property, string value) =>
        Assert.Single(page.GetProperty("items").EnumerateArray(), item => item.GetProperty(property).GetString() == value);

    // Calls the API directly (not through nginx), as a check of what the page did.
    private static async Task<JsonElement> SendAsync(ProductionSite site, HttpMethod method, string path, string? token, string? json, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await site.Api.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, method + " " + path + ": " + (int)response.StatusCode + " " + text);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
