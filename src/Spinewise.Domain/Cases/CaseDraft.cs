using Spinewise.Domain.Diagnostics;

namespace Spinewise.Domain.Cases;

/// <summary>
/// A case as given, before validation: every field as the input had it (numbers not yet range-checked, ids not yet
/// looked up), each with where it was given. The JSON reader and other mappings (FHIR) build one;
/// <see cref="CaseValidator.Validate(CaseDraft, KnowledgeBase)"/> turns it into a <see cref="PatientCase"/> or reports every problem. Fields left
/// <see langword="null"/> or empty are unknown. Locations are optional: a field without one is reported against
/// <see cref="File"/> at its path in the case format (<c>$.findings.odi</c>).
/// </summary>
public sealed record CaseDraft
{
    /// <summary>The name of the input (a file path, <c>request body</c>, a bundle id), for fields without a location.</summary>
    public string File { get; init; } = "case";

    /// <summary>Where the case itself is (reported for a missing id), or <see langword="null"/>.</summary>
    public DiagnosticLocation? Location { get; init; }

    /// <summary>Case id: 1 to 100 letters, digits, '.', '_' or '-'. Required.</summary>
    public Located<string>? Id { get; init; }

    /// <summary>The date the case describes.</summary>
    public Located<DateOnly>? AsOf { get; init; }

    /// <summary>Age in years (a whole number, <see cref="CaseFacts.AgeRange"/>).</summary>
    public Located<double>? Age { get; init; }

    /// <summary>Sex.</summary>
    public Located<Sex>? Sex { get; init; }

    /// <summary>Duration of the current pain in months (<see cref="CaseFacts.DurationRange"/>).</summary>
    public Located<double>? PainDurationMonths { get; init; }

    /// <summary>Axial, radicular or both.</summary>
    public Located<PainPresentation>? PainType { get; init; }

    /// <summary>Condition ids present.</summary>
    public IReadOnlyList<Located<string>> Conditions { get; init; } = [];

    /// <summary>Condition ids known to be absent.</summary>
    public IReadOnlyList<Located<string>> RuledOut { get; init; } = [];

    /// <summary>Measurements by findings key (<see cref="CaseFacts.Findings"/>).</summary>
    public IReadOnlyDictionary<string, Located<double>> Findings { get; init; } = new Dictionary<string, Located<double>>();

    /// <summary>Interventions done.</summary>
    public IReadOnlyList<HistoryDraft> History { get; init; } = [];

    /// <summary>Intervention ids known never to have been done.</summary>
    public IReadOnlyList<Located<string>> NotDone { get; init; } = [];

    /// <summary>Yes/no facts by flag key (<see cref="CaseFacts.Flags"/>).</summary>
    public IReadOnlyDictionary<string, Located<bool>> Flags { get; init; } = new Dictionary<string, Located<bool>>();
}
