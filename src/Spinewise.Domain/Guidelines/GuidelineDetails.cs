using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Guidelines;

/// <summary>What the knowledge records about a guideline beyond its publication facts.</summary>
/// <param name="DocumentType">Guideline, consensus, technology appraisal, coverage policy…</param>
/// <param name="Verification">How far the guideline record as a whole is verified.</param>
/// <param name="RecommendationsStatus">How many of its recommendations the knowledge holds.</param>
/// <param name="RecommendationsNote">What could not be read, when not complete.</param>
/// <param name="Method">How it was made (e.g. GRADE, individual patient perspective).</param>
/// <param name="Panel">Who made it.</param>
/// <param name="Population">Whom it applies to and whom it excludes.</param>
/// <param name="NotAddressed">Interventions a source says it does not address.</param>
public sealed record GuidelineDetails(
    string DocumentType,
    Verification Verification,
    RecommendationsStatus RecommendationsStatus,
    string? RecommendationsNote,
    string? Method,
    string? Panel,
    GuidelinePopulation? Population,
    IReadOnlyList<NotAddressedEntry> NotAddressed)
{
    /// <summary>Details for a fully read, verified guideline with nothing further recorded.</summary>
    public static GuidelineDetails Plain { get; } = new("guideline", Verification.Verified, RecommendationsStatus.Complete, null, null, null, null, []);
}
