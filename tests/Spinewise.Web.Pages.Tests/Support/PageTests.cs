namespace Spinewise.Web.Pages.Tests.Support;

/// <summary>
/// The page tests share one server and one browser and run one after another (two cores; one Chromium).
/// Tests that need their own server (another clock, a changed knowledge folder) start a <see cref="PagesServer"/> themselves.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PageTests : ICollectionFixture<PagesServer>, ICollectionFixture<Browser>
{
    public const string Name = "pages";
}
