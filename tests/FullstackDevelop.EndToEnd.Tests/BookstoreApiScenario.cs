using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace FullstackDevelop.EndToEnd.Tests;

/// <summary>
/// What a client of the sample's generated API sees over real HTTP: the OpenAPI document, the
/// authorization, and create, read, list, update and delete with validation and relations.
/// </summary>
internal static class BookstoreApiScenario
{
    private static readonly string[] Routes = { "authors", "books", "categories", "customers", "orders", "order-lines", "reviews" };

    public static async Task RunAsync(Uri baseAddress)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

        await EveryGeneratedEndpointIsInTheOpenApiDocumentAsync(client);

        using (var anonymous = await client.GetAsync(new Uri("/api/books", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using (var token = await client.PostAsync(new Uri("/dev/token?subject=e2e", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.OK, token.StatusCode);
            var accessToken = (await Json(token)).GetProperty("accessToken").GetString();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        var author = await CreateAsync(client, "/api/authors", new { name = "Ursula K. Le Guin", biography = "Wrote Earthsea." });
        var category = await CreateAsync(client, "/api/categories", new { name = "Fantasy" });
        var wizard = await CreateAsync(client, "/api/books", new { isbn = "9780547773742", title = "A Wizard of Earthsea", price = 9.99m, publishedOn = "1968-11-01", format = "Paperback", authorId = author, categoryId = category });
        await CreateAsync(client, "/api/books", new { isbn = "9780547773759", title = "The Tombs of Atuan", price = 10.5m, publishedOn = "1970-12-01", format = "Hardcover", authorId = author });
        await CreateAsync(client, "/api/books", new { isbn = "9780547773766", title = "The Farthest Shore", price = 8.25m, publishedOn = "1972-09-01", format = "Ebook", authorId = author });

        // Listing is paged and sorted.
        using (var page = await client.GetAsync(new Uri("/api/books?page=1&pageSize=2&sort=price&desc=true", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var body = await Json(page);
            Assert.Equal(3, body.GetProperty("totalCount").GetInt32());
            Assert.Equal(2, body.GetProperty("totalPages").GetInt32());
            Assert.Equal(new[] { 10.5m, 9.99m }, body.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("price").GetDecimal()));
        }

        using (var unknownSort = await client.GetAsync(new Uri("/api/books?sort=secret", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknownSort.StatusCode);
        }

        // Read by id, with the relation's key.
        using (var read = await client.GetAsync(new Uri("/api/books/" + wizard, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            var book = await Json(read);
            Assert.Equal("A Wizard of Earthsea", book.GetProperty("title").GetString());
            Assert.Equal(category, book.GetProperty("categoryId").GetInt32());
            Assert.Equal(author, book.GetProperty("authorId").GetInt32());
        }

        // Update, then read the change back.
        using (var update = await client.PutAsJsonAsync(new Uri("/api/books/" + wizard, UriKind.Relative), new { isbn = "9780547773742", title = "A Wizard of Earthsea (50th anniversary)", price = 12m, publishedOn = "1968-11-01", format = "Hardcover", authorId = author, categoryId = category }))
        {
            Assert.Equal(HttpStatusCode.NoContent, update.StatusCode);
        }

        using (var reread = await client.GetAsync(new Uri("/api/books/" + wizard, UriKind.Relative)))
        {
            var book = await Json(reread);
            Assert.Equal("A Wizard of Earthsea (50th anniversary)", book.GetProperty("title").GetString());
            Assert.Equal("Hardcover", book.GetProperty("format").GetString());
        }

        // Invalid input is a 400 naming every field in error.
        using (var invalid = await client.PostAsJsonAsync(new Uri("/api/books", UriKind.Relative), new { title = new string('x', 300) }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
            var errors = (await Json(invalid)).GetProperty("errors");
            foreach (var field in new[] { "isbn", "title", "price", "publishedOn", "format", "authorId" })
            {
                Assert.True(errors.TryGetProperty(field, out _), $"400 does not name '{field}': {errors}");
            }
        }

        await RulesAndValuesAsync(client, author, wizard);

        // A reference to a missing row, and deleting a row still referenced, are conflicts.
        using (var missingAuthor = await client.PostAsJsonAsync(new Uri("/api/books", UriKind.Relative), new { isbn = "9780000000001", title = "Orphan", price = 1m, publishedOn = "2000-01-01", format = "Ebook", authorId = 999999 }))
        {
            Assert.Equal(HttpStatusCode.Conflict, missingAuthor.StatusCode);
        }

        using (var referenced = await client.DeleteAsync(new Uri("/api/authors/" + author, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Conflict, referenced.StatusCode);
        }

        using (var delete = await client.DeleteAsync(new Uri("/api/books/" + wizard, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }

        using (var gone = await client.GetAsync(new Uri("/api/books/" + wizard, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }
    }

    // The sample's DataAnnotations and what its columns hold are enforced with 400s naming the field; JSON that does not
    // bind is refused the same way, without echoing the bearer token; a DateTimeOffset reads back in UTC.
    private static async Task RulesAndValuesAsync(HttpClient client, int author, int wizard)
    {
        var token = client.DefaultRequestHeaders.Authorization!.Parameter!;
        var cases = new (string Route, string Body, string Field, string Says)[]
        {
            ("/api/books", "{\"isbn\":\"12\",\"title\":\"T\",\"price\":1,\"publishedOn\":\"2000-01-01\",\"format\":\"Ebook\",\"authorId\":" + author + "}", "isbn", "An ISBN is 13 digits."),
            ("/api/books", "{\"isbn\":\"9780000000001\",\"title\":\"T\",\"price\":9.999,\"publishedOn\":\"2000-01-01\",\"format\":\"Ebook\",\"authorId\":" + author + "}", "price", "2 after it"),
            ("/api/books", "{\"isbn\":\"9780000000001\",\"title\":\"T\",\"price\":1,\"publishedOn\":\"2000-01-01\",\"format\":\"Pocketbook\",\"authorId\":" + author + "}", "format", "'Pocketbook' is not one of Hardcover, Paperback, Ebook, Audiobook"),
            ("/api/customers", "{\"email\":\"not-an-email\",\"displayName\":\"Ann\",\"joinedAt\":\"2024-05-01T10:00:00Z\"}", "email", "e-mail address"),
        };
        foreach (var (route, body, field, says) in cases)
        {
            using var response = await client.PostAsync(new Uri(route, UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"POST {route} {body} answered {(int)response.StatusCode}: {text}");
            Assert.DoesNotContain(token, text, StringComparison.Ordinal);
            var messages = JsonDocument.Parse(text).RootElement.GetProperty("errors").GetProperty(field);
            Assert.Contains(says, messages[0].GetString(), StringComparison.Ordinal);
        }

        using var customer = await client.PostAsJsonAsync(new Uri("/api/customers", UriKind.Relative), new { email = "ann@example.org", displayName = "Ann", joinedAt = "2024-05-01T10:00:00+02:00" });
        var created = await Json(customer);
        Assert.True(customer.StatusCode == HttpStatusCode.Created, created.ToString());
        Assert.Equal("2024-05-01T08:00:00+00:00", created.GetProperty("joinedAt").GetString());
        using var review = await client.PostAsJsonAsync(new Uri("/api/reviews", UriKind.Relative), new { bookId = wizard, customerId = created.GetProperty("id").GetGuid(), rating = 6, writtenAt = "2024-05-02T10:00:00Z" });
        Assert.Equal(HttpStatusCode.BadRequest, review.StatusCode);
        Assert.True((await Json(review)).GetProperty("errors").TryGetProperty("rating", out _));
    }

    private static async Task EveryGeneratedEndpointIsInTheOpenApiDocumentAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = (await Json(response)).GetProperty("paths");
        foreach (var route in Routes)
        {
            var collection = paths.GetProperty("/api/" + route);
            Assert.True(collection.TryGetProperty("get", out _), $"GET /api/{route} is not in the OpenAPI document");
            Assert.True(collection.TryGetProperty("post", out _), $"POST /api/{route} is not in the OpenAPI document");
            var item = paths.EnumerateObject().Single(path => path.Name.StartsWith("/api/" + route + "/{", StringComparison.Ordinal)).Value;
            foreach (var method in new[] { "get", "put", "delete" })
            {
                Assert.True(item.TryGetProperty(method, out _), $"{method.ToUpperInvariant()} /api/{route}/{{id}} is not in the OpenAPI document");
            }
        }
    }

    private static async Task<int> CreateAsync(HttpClient client, string route, object body)
    {
        using var response = await client.PostAsJsonAsync(new Uri(route, UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {route} answered {(int)response.StatusCode}: {text}");
        Assert.NotNull(response.Headers.Location);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt32();
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
