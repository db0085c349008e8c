using System.Net;
using System.Text.Json;

namespace Spinewise.Web.Tests.Screenings;

/// <summary>Polls a job until a state, within a bounded time.</summary>
public static class ScreeningPolling
{
    public static async Task<JsonElement> UntilAsync(HttpClient client, string location, Func<string, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var response = await client.Get(location);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var job = await response.Json();
            var state = job.GetProperty("state").GetString()!;
            if (done(state))
            {
                return job;
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, $"job {location} still {state}");
            await Task.Delay(50);
        }
    }

    public static Task<JsonElement> UntilFinishedAsync(HttpClient client, string location, TimeSpan? timeout = null) =>
        UntilAsync(client, location, s => s is "succeeded" or "failed" or "cancelled", timeout);
}
