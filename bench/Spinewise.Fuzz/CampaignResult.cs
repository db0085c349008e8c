namespace Spinewise.Fuzz;

/// <summary>The figures of one entry point's campaign.</summary>
/// <param name="EntryPoint">Its name.</param>
/// <param name="Inputs">Inputs tried.</param>
/// <param name="ExitCodes">How many inputs ended with each exit code.</param>
/// <param name="Failures">Unhandled exceptions, exit codes outside the documented ones and broken promises: what, and the saved input.</param>
/// <param name="Elapsed">Time taken.</param>
internal sealed record CampaignResult(string EntryPoint, int Inputs, IReadOnlyDictionary<int, int> ExitCodes, IReadOnlyList<string> Failures, TimeSpan Elapsed);
