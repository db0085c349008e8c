using Spinewise.Domain.Eligibility;

namespace Spinewise.Domain.Decisions.Internal;

/// <summary>The facts of an evaluated case that applicability depends on: conditions present and ruled out, pain type, duration, age.</summary>
/// <param name="Present">Conditions present, with their broader ones.</param>
/// <param name="RuledOut">Conditions ruled out, with their narrower ones.</param>
/// <param name="PainAxial">Whether the pain includes axial pain.</param>
/// <param name="PainRadicular">Whether the pain includes radicular pain.</param>
/// <param name="Duration">Pain duration in months, or NaN.</param>
/// <param name="Age">Age in years, or NaN.</param>
internal readonly record struct CaseView(ulong[] Present, ulong[] RuledOut, Truth PainAxial, Truth PainRadicular, double Duration, double Age)
{
    public static CaseView Of(DecisionEngine engine, EvaluationScratch s) =>
        new(s.Present, s.RuledOut, s.PainAxial, s.PainRadicular, s.Numbers[engine.Facts.DurationSlot], s.Numbers[engine.Facts.AgeSlot]);

    public Truth Condition(int condition) =>
        Bits.Has(Present, condition) ? Truth.Met : Bits.Has(RuledOut, condition) ? Truth.NotMet : Truth.Unknown;
}
