namespace Spinewise.Application.Screening;

/// <summary>An indication or prerequisite not met on the day a procedure was performed, and for how many procedures.</summary>
/// <param name="Criterion">The criterion id (<c>sij-fusion/insite-sij-block-50-percent</c>).</param>
/// <param name="Count">The procedures with verdict <see cref="AuditVerdict.PrerequisiteMissing"/> or <see cref="AuditVerdict.ContraindicationRecorded"/> for which it was not met.</param>
public sealed record MissingPrerequisiteCount(string Criterion, long Count);
