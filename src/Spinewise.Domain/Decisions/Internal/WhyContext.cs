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
        var view = CaseView.Of(engine, s);
        View = view with { Present = (ulong[])view.Present.Clone(), RuledOut = (ulong[])view.RuledOut.Clone() };
    }

    public DecisionEngine Engine { get; }

    /// <summary>The case's facts, copied out of the scratch.</summary>
    public CaseView View { get; }

    public string Why(int recommendation) =>
        (_texts ??= new string?[Engine.Specs.Length])[recommendation] ??= WhyText.For(Engine.Specs[recommendation], this);
}
