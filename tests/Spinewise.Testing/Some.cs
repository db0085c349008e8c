using Spinewise.Domain.Cases;

namespace Spinewise.Testing;

/// <summary>Test data built in code: a valid baseline that each test changes in one place.</summary>
public static class Some
{
    /// <summary>The case date of <see cref="Draft"/>.</summary>
    public static DateOnly AsOf { get; } = new(2026, 12, 1);

    /// <summary>
    /// A case draft valid against the shipped knowledge (the stenosis-with-claudication example, built in code, no
    /// locations): change one field with <c>with { … }</c> to make it invalid.
    /// </summary>
    /// <param name="id">Case id.</param>
    public static CaseDraft Draft(string id = "some-case") => new()
    {
        File = "draft",
        Id = id,
        AsOf = AsOf,
        Age = 68,
        Sex = Sex.Female,
        PainDurationMonths = 14,
        PainType = PainPresentation.AxialAndRadicular,
        Conditions = ["lumbar-spinal-stenosis", "neurogenic-claudication"],
        RuledOut = ["cancer", "spinal-infection"],
        Findings = new Dictionary<string, Located<double>> { ["nprs"] = 7, ["odi"] = 42 },
        History = [History("conservative-care") with { Months = 6, Outcome = HistoryOutcome.Failed }],
        Flags = new Dictionary<string, Located<bool>> { ["activeInfection"] = false, ["pregnancy"] = false },
    };

    /// <summary>A history entry of an intervention, nothing else known.</summary>
    /// <param name="intervention">Intervention id.</param>
    public static HistoryDraft History(string intervention) => new() { Intervention = intervention };
}
