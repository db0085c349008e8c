using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Spinewise.Web.Tests;

/// <summary>A Serilog sink that keeps every event, registered in the host's services (the host reads sinks from there).</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
}
