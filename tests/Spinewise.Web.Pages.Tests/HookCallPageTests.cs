using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Spinewise.Persistence;
using Spinewise.Web.Pages.Tests.Support;
using Spinewise.Web.Tests.CdsHooks;
using Spinewise.Web.Tests.CdsSecurity;

namespace Spinewise.Web.Pages.Tests;

/// <summary>
/// A CDS Hooks call made as an EHR makes it (signed by a trusted test EHR, on a server of its own): the card's link
/// opens the page <c>/evaluations/{id}</c>, which shows the cards as sent.
/// </summary>
[Collection(PageTests.Name)]
public sealed class HookCallPageTests(Browser browser)
{
    private const string Hook = "order-select";

    [BrowserFact]
    public async Task CardLink_OfAStoredHookCall_OpensItsPageShowingTheCardsAsSent()
    {
        // Given an order-select call answered and stored (channel cds-hooks)
        using var ehr = new TrustedEhr();
        using var server = PagesServer.With(ehr.Settings());
        await server.InitializeAsync();
        var instance = Guid.NewGuid().ToString();
        var path = "/cds-services/" + CdsCharts.ServiceId(Hook);
        using var client = server.CreateClient();
        var token = new CdsTokens().With("aud", server.Url(path)).Sign(ehr.Es);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(CdsCharts.Request(Hook, instance, CdsCharts.Prefetch(Hook)).ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var card = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync()).RootElement.GetProperty("cards").EnumerateArray().ShouldHaveSingleItem();
        var stored = (await server.Services.GetRequiredService<IEvaluationStore>().ListAsync(new EvaluationQuery { HookInstance = instance })).Items.ShouldHaveSingleItem();
        stored.Channel.ShouldBe("cds-hooks");

        // When the clinician follows the card's link
        var link = card.GetProperty("links")[0];
        link.GetProperty("type").GetString().ShouldBe("absolute");
        var url = link.GetProperty("url").GetString()!;
        url.ShouldBe(server.Url($"/evaluations/{stored.Id}"));
        var page = await browser.OpenAtBothWidthsAsync(url, "evaluation-cds-hooks");

        // Then the page shows that call and its card as sent, the detail rendered from markdown, sources linked
        (await page.Locator("h1").InnerTextAsync()).ShouldContain(Hook);
        var shown = page.Locator($"#card-{card.GetProperty("uuid").GetString()}");
        (await shown.Locator("h3").InnerTextAsync()).ShouldContain(card.GetProperty("summary").GetString()!);
        (await shown.Locator(".cds-detail strong").CountAsync()).ShouldBeGreaterThan(0);
        (await shown.Locator(".cds-detail a[href^='https://']").CountAsync()).ShouldBeGreaterThan(0);
        (await shown.Locator(".cds-detail").InnerTextAsync()).ShouldNotContain("**");
        (await page.Locator(".intact").InnerTextAsync()).ShouldContain("still match");
        (await page.Locator($"a[href='/api/evaluations/{stored.Id}']").CountAsync()).ShouldBe(1);
        (await page.Locator(".knowledge-version").InnerTextAsync()).ShouldBe(stored.KnowledgeVersion[..12]);
        using var details = await client.GetAsync(new Uri($"/evaluations/{stored.Id}?details=all", UriKind.Relative));
        details.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
