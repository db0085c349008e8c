namespace Spinewise.Web.Pages.Tests.Support;

/// <summary>
/// A test that drives the browser. Without Chromium it skips on a developer machine and runs (and fails) in CI
/// (<c>CI</c> set), where test.sh installs it: browser tests are never skipped there.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Browser.Available && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = $"Chromium is not installed at {Browser.ChromiumPath}; run ./test.sh, which installs it.";
        }
    }
}
