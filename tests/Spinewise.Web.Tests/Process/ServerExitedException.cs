namespace Spinewise.Web.Tests.Process;

/// <summary>The server process exited before it became ready.</summary>
internal sealed class ServerExitedException(string message) : Exception(message);
