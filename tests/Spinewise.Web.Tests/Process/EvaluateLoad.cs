using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Spinewise.Web.Tests.Process;

/// <summary>
/// A bounded load of <c>POST /api/evaluate</c> from a few concurrent clients, stopped by <see cref="Stop"/>, by a
/// request count or by a duration, whichever comes first. It records the id of every evaluation whose 201 response
/// arrived in full.
/// </summary>
internal sealed class EvaluateLoad(HttpClient client, byte[] caseJson, int maxRequests, TimeSpan maxDuration)
{
    private readonly ConcurrentQueue<string> _acknowledged = new();
    private readonly ConcurrentQueue<string> _unexpected = new();
    private readonly Stopwatch _clock = new();
    private int _started;
    private int _inFlight;
    private int _failed;
    private volatile bool _stopped;

    /// <summary>Evaluations whose 201 response, body included, had arrived.</summary>
    public IReadOnlyCollection<string> Acknowledged => _acknowledged;

    /// <summary>Responses that arrived but were not a well-formed 201 (before a kill there should be none).</summary>
    public IReadOnlyCollection<string> Unexpected => _unexpected;

    /// <summary>Requests sent but not yet answered.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Requests whose response did not arrive (connection refused or cut).</summary>
    public int Failed => Volatile.Read(ref _failed);

    /// <summary>Requests started.</summary>
    public int Started => Math.Min(Volatile.Read(ref _started), maxRequests);

    /// <summary>Runs <paramref name="clients"/> loops until stopped or bounded.</summary>
    public Task RunAsync(int clients)
    {
        _clock.Start();
        return Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(ClientLoopAsync)));
    }

    /// <summary>Ends the loops after their current request.</summary>
    public void Stop() => _stopped = true;

    /// <summary>
    /// Waits until <paramref name="count"/> responses have arrived, or <paramref name="enough"/> once
    /// <paramref name="settle"/> has passed, then until a request is in flight.
    /// </summary>
    /// <returns>The number of requests in flight at that moment (at least one).</returns>
    public async Task<int> WaitForAcknowledgedAsync(int count, int enough, TimeSpan settle, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (_acknowledged.Count < count && (clock.Elapsed < settle || _acknowledged.Count < enough))
        {
            if (clock.Elapsed > timeout || !Running)
            {
                throw new TimeoutException($"{_acknowledged.Count} of {enough} responses within {timeout}; {Failed} failed; unexpected: {string.Join(" | ", _unexpected)}");
            }

            await Task.Delay(5);
        }

        var spin = new SpinWait();
        int inFlight;
        while ((inFlight = InFlight) == 0)
        {
            if (clock.Elapsed > timeout || !Running)
            {
                throw new TimeoutException($"No request in flight within {timeout}.");
            }

            spin.SpinOnce();
        }

        return inFlight;
    }

    private bool Running => !_stopped && _clock.Elapsed < maxDuration && Volatile.Read(ref _started) < maxRequests;

    private async Task ClientLoopAsync()
    {
        while (Running && Interlocked.Increment(ref _started) <= maxRequests)
        {
            Interlocked.Increment(ref _inFlight);
            try
            {
                await EvaluateOnceAsync();
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
            {
                Interlocked.Increment(ref _failed);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }

    private async Task EvaluateOnceAsync()
    {
        using var content = new ByteArrayContent(caseJson);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(new Uri("/api/evaluate", UriKind.Relative), content);
        var body = await response.Content.ReadAsByteArrayAsync(); // throws when the connection is cut mid-body
        if (response.StatusCode != HttpStatusCode.Created)
        {
            var text = System.Text.Encoding.UTF8.GetString(body);
            _unexpected.Enqueue($"{(int)response.StatusCode}: {text[..Math.Min(text.Length, 300)]}");
            return;
        }

        using var json = JsonDocument.Parse(body);
        if (json.RootElement.TryGetProperty("evaluationId", out var id) && id.GetString() is { Length: > 0 } evaluationId)
        {
            _acknowledged.Enqueue(evaluationId);
        }
        else
        {
            _unexpected.Enqueue("201 without an evaluationId");
        }
    }
}
