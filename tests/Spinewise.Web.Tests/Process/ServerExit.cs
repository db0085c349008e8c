namespace Spinewise.Web.Tests.Process;

/// <summary>How a server process that stopped by itself ended.</summary>
/// <param name="ExitCode">Its exit code.</param>
/// <param name="StandardOutput">Everything it wrote to stdout.</param>
/// <param name="StandardError">Everything it wrote to stderr.</param>
/// <param name="AcceptedConnection">Whether its port accepted a TCP connection while it ran.</param>
internal sealed record ServerExit(int ExitCode, string StandardOutput, string StandardError, bool AcceptedConnection);
