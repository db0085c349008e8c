using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Spinewise.Testing;

namespace Spinewise.Web.Pages.Tests.Support;

/// <summary>What every page must pass in the browser: no serious or critical axe violation, no console error, and screenshots at phone and desk widths kept as test artifacts.</summary>
public static class PageChecks
{
    /// <summary>Where screenshots go: <c>artifacts/screenshots/</c> in the repository.</summary>
    public static string ScreenshotFolder => Path.Combine(RepositoryPaths.Repository, "artifacts", "screenshots");

    /// <summary>Runs axe-core on the page (WCAG 2.x A and AA rules and best practices) and fails on any serious or critical violation, naming rule, impact and elements.</summary>
    public static async Task ShouldHaveNoSeriousAxeViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        serious.ShouldBeEmpty(string.Join(Environment.NewLine, serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} — {string.Join(", ", v.Nodes.Take(5).Select(n => string.Join(" ", n.Target)))}")) + $" (on {page.Url})");
    }

    /// <summary>
    /// Fails when the page is wider than the window (a phone user would have to scroll sideways to read it), naming the
    /// innermost elements that stick out; wide tables belong in a scrolling region (<c>.table-scroll</c>).
    /// </summary>
    public static async Task ShouldNotOverflowSidewaysAsync(this IPage page)
    {
        var overflowing = await page.EvaluateAsync<string[]>("""
            () => {
              const width = document.documentElement.clientWidth;
              if (document.documentElement.scrollWidth <= width) return [];
              const clipped = (e) => {
                for (let a = e.parentElement; a; a = a.parentElement) {
                  if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= width + 1) return true;
                }
                return false;
              };
              const out = (e) => e.getBoundingClientRect().right > width + 1 && !clipped(e);
              return [...document.querySelectorAll('body *')]
                .filter(e => out(e) && ![...e.children].some(out))
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '')
                  + ' "' + (e.textContent || '').trim().slice(0, 40) + '" right=' + Math.round(e.getBoundingClientRect().right));
            }
            """);
        overflowing.ShouldBeEmpty($"{page.Url} is wider than the {page.ViewportSize?.Width} px window");
    }

    /// <summary>Saves a full-page screenshot of the current page as <c>artifacts/screenshots/{name}-{width}.png</c>.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var width = page.ViewportSize?.Width ?? 0;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}-{width}.png"), FullPage = true });
    }

    /// <summary>
    /// Asserts that GET <paramref name="path"/> answers the site's HTML 404 page: status 404, <c>text/html</c>, the
    /// "Page not found" heading inside the site's layout (which shows the knowledge version), and no stack trace.
    /// </summary>
    public static async Task ShouldBeThe404PageAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        await response.ShouldBeThe404PageAsync(path);
    }

    /// <summary>Asserts that <paramref name="response"/> (to a GET of <paramref name="path"/>) is the site's HTML 404 page.</summary>
    public static async Task ShouldBeThe404PageAsync(this HttpResponseMessage response, string path)
    {
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound, $"GET {path}");
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html", $"GET {path}");
        html.ShouldContain("<h1>Page not found</h1>", Case.Sensitive, $"GET {path}");
        html.ShouldContain("class=\"knowledge-version\"", Case.Sensitive, $"GET {path}: the 404 page is drawn in the site's layout");
        html.ShouldNotContain("Exception", Case.Sensitive, $"GET {path}");
    }

    /// <summary>
    /// Opens <paramref name="url"/> at phone and desk widths and, at each, checks the status, axe and console errors and
    /// takes a screenshot named <paramref name="name"/>. Returns the desk-width page for further checks.
    /// </summary>
    public static async Task<IPage> OpenAtBothWidthsAsync(this Browser browser, string url, string name)
    {
        IPage? desk = null;
        foreach (var viewport in new[] { Browser.Phone, Browser.Desk })
        {
            var page = await browser.NewPageAsync(viewport);
            var response = await page.GotoAsync(url);
            response.ShouldNotBeNull();
            response.Status.ShouldBe(200, $"GET {url}");
            await page.ShouldHaveNoSeriousAxeViolationsAsync();
            await page.ScreenshotAsync(name);
            await page.ShouldNotOverflowSidewaysAsync();
            browser.ErrorsOf(page).ShouldBeEmpty($"console errors on {url}");
            desk = page;
        }

        return desk!;
    }
}
