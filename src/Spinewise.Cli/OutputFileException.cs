namespace Spinewise.Cli;

/// <summary>An output file (<c>--out</c>, a plot) that cannot be written where the user asked; the message names the user's path. Exit code 2.</summary>
internal sealed class OutputFileException(string message) : Exception(message);
