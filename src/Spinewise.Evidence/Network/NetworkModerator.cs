namespace Spinewise.Evidence.Network;

/// <summary>A numeric study-level moderator for network meta-regression (e.g. mean age, or 0/1 for a diagnosis).</summary>
/// <param name="Name">The moderator's name (used in coefficient names <c>treatment:name</c>).</param>
/// <param name="Values">Study → value; every study needs one.</param>
public sealed record NetworkModerator(string Name, IReadOnlyDictionary<string, double> Values);
