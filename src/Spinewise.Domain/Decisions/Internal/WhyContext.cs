using Spinewise.Domain.Cases;
using Spinewise.Domain.Eligibility;

namespace Spinewise.Domain.Decisions.Internal;

/// <summary>
/// The facts of one evaluated case that "why" texts are made from (copied out of the scratch, which is reused), and the
/// texts once made: a report's texts are built only when read, once per recommendation.
/// </summary>
internal sealed class WhyContext
{
    private string?[]? _texts;

    public WhyContext(DecisionEngine engine, EvaluationScratch s)
    {
        Engine = engine;
        Present = (ulong[])s.Present.Clone();
        RuledOut = (ulong[])s.RuledOut.Clone();
        PainAxial = s.PainAxial;
        PainRadicular = s.PainRadicular;
        Duration = s.Numbers[engine.Facts.NumberSlot(CaseFacts.PainDurationMonths)];
    }

    public DecisionEngine Engine { get; }

    public ulong[] Present { get; }

    public ulong[] RuledOut { get; }

    public Truth PainAxial { get; }

    public Truth PainRadicular { get; }

    public double Duration { get; }

    public Truth Condition(int condition) =>
        Bits.Has(Present, condition) ? Truth.Met : Bits.Has(RuledOut, condition) ? Truth.NotMet : Truth.Unknown;

    public string Why(int recommendation) =>
        (_texts ??= new string?[Engine.Specs.Length])[recommendation] ??= WhyText.For(Engine.Specs[recommendation], this);
}
