using System;
using System.Threading.Tasks;
using FullstackDevelop.Tests.Shared;
using Microsoft.Playwright;

namespace FullstackDevelop.Generators.Tests.Browser;

/// <summary>
/// Debian's chromium, headless, driven by Playwright through its executable path (Playwright downloads no browser):
/// launched once, on first use, for every test of a class; each test gets a context of its own (no shared storage).
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly Lazy<Task<(IPlaywright Playwright, IBrowser Browser)>> _browser = new(LaunchAsync);

    /// <summary>The chromium executable: on the PATH, or where Debian puts it.</summary>
    public static string? Find() => ToolPath.Find("chromium", "/usr/bin/chromium");

    /// <summary>A new browser context: its own cookies and local storage, as a new user's browser.</summary>
    public async Task<IBrowserContext> NewContextAsync() => await (await _browser.Value).Browser.NewContextAsync();

    public async ValueTask DisposeAsync()
    {
        if (_browser.IsValueCreated && _browser.Value.IsCompletedSuccessfully)
        {
            var (playwright, browser) = _browser.Value.Result;
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    private static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        var chromium = Find() ?? throw new InvalidOperationException("chromium is not installed (apt-get install chromium).");
        var playwright = await Playwright.CreateAsync();
        // A container has no user namespaces for chromium's sandbox; the pages it opens are the tests' own.
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox"] });
        return (playwright, browser);
    }
}
