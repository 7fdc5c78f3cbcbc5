using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace FullstackDevelop.Generators.Tests.Runtime.Smoke;

/// <summary>An answer of the API.</summary>
/// <param name="Status">The status code.</param>
/// <param name="Text">The body.</param>
/// <param name="ContentType">The body's media type, if any.</param>
/// <param name="Location">The Location header, if any.</param>
internal sealed record ApiResponse(int Status, string Text, string? ContentType, Uri? Location)
{
    /// <summary>The body as JSON; null when it is not JSON.</summary>
    public JsonElement? Json
    {
        get
        {
            try
            {
                return Text.Length == 0 ? null : JsonDocument.Parse(Text).RootElement.Clone();
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}

/// <summary>
/// Sends the smoke test's requests to a running app over HTTP and keeps the last ones, so a failure shows what was sent
/// and answered. Every request carries a secret header the API must never echo.
/// </summary>
internal sealed class ApiClient : IDisposable
{
    /// <summary>A header every request carries, whose value no answer may contain.</summary>
    public const string SecretHeader = "X-Smoke-Secret";

    private const int TranscriptLength = 12;

    private readonly HttpClient _http;
    private readonly Queue<string> _transcript = new();

    public ApiClient(Uri baseAddress)
    {
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        Secret = "secret-" + Guid.NewGuid().ToString("N");
        _http.DefaultRequestHeaders.Add(SecretHeader, Secret);
    }

    /// <summary>The value of <see cref="SecretHeader"/>.</summary>
    public string Secret { get; }

    /// <summary>How many requests were sent.</summary>
    public int Requests { get; private set; }

    /// <summary>The bearer token sent with every request, once set.</summary>
    public string? Token { get; private set; }

    public void Authorize(string token)
    {
        Token = token;
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public Task<ApiResponse> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<ApiResponse> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    public Task<ApiResponse> PostAsync(string path, JsonNode? body) => SendAsync(HttpMethod.Post, path, body?.ToJsonString() ?? "{}");

    public Task<ApiResponse> PutAsync(string path, JsonNode? body) => SendAsync(HttpMethod.Put, path, body?.ToJsonString());

    /// <summary>Sends <paramref name="json"/> as it is (null: no body), as application/json.</summary>
    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, string? json)
    {
        Requests++;
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        var answer = new ApiResponse((int)response.StatusCode, text, response.Content.Headers.ContentType?.MediaType, response.Headers.Location);
        Record(method + " " + path + (json is null ? string.Empty : " " + Shorten(json)) + Environment.NewLine + "  -> " + answer.Status.ToString(CultureInfo.InvariantCulture) + " " + Shorten(text));
        return answer;
    }

    /// <summary>The last requests and answers, oldest first.</summary>
    public string Transcript() => string.Join(Environment.NewLine, _transcript);

    public void Dispose() => _http.Dispose();

    private void Record(string entry)
    {
        _transcript.Enqueue(entry);
        while (_transcript.Count > TranscriptLength)
        {
            _transcript.Dequeue();
        }
    }

    private static string Shorten(string text) => text.Length <= 1500 ? text : string.Concat(text.AsSpan(0, 1500), "…");
}
