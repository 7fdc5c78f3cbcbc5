using System;
using System.Text;

namespace FullstackDevelop.Core.Caching.Remote;

/// <summary>
/// A remote cache URL taken apart: the address requests go to, the credentials (a bearer token, or the URL's user info
/// as basic authentication) and the form that may be printed, which never carries them.
/// </summary>
/// <param name="BaseAddress">The address without user info, query or fragment, ending in '/'.</param>
/// <param name="Authorization">The <c>Authorization</c> header's value, or null.</param>
/// <param name="Display">The URL as logs and reports show it: user info replaced by <c>***</c>.</param>
public sealed record RemoteCacheAddress(Uri BaseAddress, string? Authorization, string Display)
{
    private static readonly char[] AuthorityEnds = { '/', '?', '#' };

    /// <summary>
    /// Reads <paramref name="url"/> with the bearer <paramref name="token"/>, which wins over user info in the URL.
    /// </summary>
    /// <returns>The address, or null with <paramref name="problem"/> saying why (the problem never quotes credentials).</returns>
    public static RemoteCacheAddress? Parse(string url, string? token, out string? problem)
    {
        problem = null;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            problem = "'" + Redact(url) + "' is not an absolute http:// or https:// URL";
            return null;
        }

        if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            problem = "'" + Redact(url) + "' has a query or a fragment; give the server's base URL, under which ac/ and cas/ are";
            return null;
        }

        var builder = new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty };
        if (!builder.Path.EndsWith("/", StringComparison.Ordinal))
        {
            builder.Path += "/";
        }

        string? authorization = null;
        if (!string.IsNullOrWhiteSpace(token))
        {
            authorization = "Bearer " + token!.Trim();
        }
        else if (uri.UserInfo.Length > 0)
        {
            authorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(uri.UserInfo)));
        }

        return new RemoteCacheAddress(builder.Uri, authorization, Redact(url.Trim()));
    }

    /// <summary><paramref name="url"/> with any user info (<c>user:password@</c>) replaced by <c>***@</c>, for printing.</summary>
    public static string Redact(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        var start = scheme < 0 ? 0 : scheme + 3;
        var end = url.IndexOfAny(AuthorityEnds, start);
        var authority = end < 0 ? url.Substring(start) : url.Substring(start, end - start);
        var at = authority.LastIndexOf('@');
        return at < 0 ? url : url.Substring(0, start) + "***" + url.Substring(start + at);
    }

    /// <inheritdoc />
    public override string ToString() => Display;
}
