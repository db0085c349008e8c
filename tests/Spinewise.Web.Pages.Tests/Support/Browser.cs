using Microsoft.Playwright;

namespace Spinewise.Web.Pages.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright, headless, started once per test collection (Playwright never downloads a
/// browser here). Each test opens its own context (fresh cookies) with <see cref="NewPageAsync"/>.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    /// <summary>Where Debian installs Chromium.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Phone width (CSS pixels).</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>Desk width (CSS pixels).</summary>
    public static readonly ViewportSize Desk = new() { Width = 1280, Height = 900 };

    /// <summary>Whether the browser is there; when it is not, browser tests skip locally and fail in CI (<see cref="BrowserFactAttribute"/>).</summary>
    public static bool Available => File.Exists(ChromiumPath);

    public async Task InitializeAsync()
    {
        if (!Available)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A page in a new context at <paramref name="viewport"/> (desk width by default), failing on any console error or CSP violation; <paramref name="javaScriptEnabled"/> false to check a page works without scripts.</summary>
    public async Task<IPage> NewPageAsync(ViewportSize? viewport = null, bool javaScriptEnabled = true)
    {
        var browser = _browser ?? throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath} (test.sh installs it).");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport ?? Desk, Locale = "en-US", JavaScriptEnabled = javaScriptEnabled });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") { errors.Add(message.Text); } };
        page.PageError += (_, error) => errors.Add(error);
        ConsoleErrors[page] = errors;
        return page;
    }

    /// <summary>The console errors (CSP violations among them) a page has logged so far.</summary>
    public IReadOnlyList<string> ErrorsOf(IPage page) => ConsoleErrors.TryGetValue(page, out var errors) ? errors : [];

    private Dictionary<IPage, List<string>> ConsoleErrors { get; } = new(ReferenceEqualityComparer.Instance);

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
