using Spinewise.Domain.Cases;
using Spinewise.Domain.Eligibility;

namespace Spinewise.Domain.Decisions.Internal;

/// <summary>The facts that may be asked for, each with a key and a plain question, indexed for counting without allocation.</summary>
internal sealed class QuestionCatalogue(KnowledgeBase kb)
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<(string Key, Func<string> Text)> _questions = [];
    private readonly Dictionary<int, HashSet<string>> _historyQualifiers = [];
    private readonly Dictionary<int, int> _historyQuestions = [];

    public int Count => _questions.Count;

    public string Key(int question) => _questions[question].Key;

    public int Condition(int conditionIndex)
    {
        var condition = kb.Conditions[conditionIndex];
        return Register($"conditions.{condition.Id}", () => $"Is {WhyPhrases.Lower(condition.Label)} present, or has it been ruled out?");
    }

    public int PainType() => Register("painType", () => "Is the pain axial, radicular, or both?");

    public int Duration() => Register(CaseFacts.PainDurationMonths, () => "How long has the current pain lasted (months)?");

    public int Number(string fact) => fact switch
    {
        CaseFacts.Age => Register(fact, () => "How old is the patient?"),
        CaseFacts.PainDurationMonths => Duration(),
        _ => Register(fact, () => CaseFacts.FindFinding(fact[CaseFacts.FindingsPrefix.Length..])!.Question),
    };

    public int Flag(string flag) => Register($"flags.{flag}", () => CaseFacts.FindFlag(flag)!.Question);

    public int History(int interventionIndex, HistoryTest test)
    {
        var intervention = kb.Interventions[interventionIndex];
        if (!_historyQualifiers.TryGetValue(interventionIndex, out var qualifiers))
        {
            _historyQualifiers[interventionIndex] = qualifiers = [];
        }

        if (test.WithinMonths is not null)
        {
            qualifiers.Add("1:when");
        }

        if (test.MinReliefPercent is not null)
        {
            qualifiers.Add("2:with how much relief");
        }

        if (test.MinMonths is not null)
        {
            qualifiers.Add("3:for how long");
        }

        if (test.Outcome is not null)
        {
            qualifiers.Add("4:with what result");
        }

        var question = Register($"history.{intervention.Id}", () =>
        {
            var verb = intervention.Category == "conservative" ? "been tried" : "been done";
            var asked = Asked(interventionIndex);
            return asked.Count == 0 ? $"{intervention.Label}: has it {verb}?" : $"{intervention.Label}: has it {verb}, and if so {Join(asked)}?";
        });
        _historyQuestions[question] = interventionIndex;
        return question;
    }

    /// <summary>
    /// Per question, the text to ask instead when the case's history already lists the intervention (only what is
    /// missing about it is unknown), or <see langword="null"/>; and the intervention index a history question is about, or -1.
    /// </summary>
    public (string?[] Texts, int[] Interventions) WhenListed()
    {
        var texts = new string?[_questions.Count];
        var interventions = Enumerable.Repeat(-1, _questions.Count).ToArray();
        foreach (var (question, index) in _historyQuestions)
        {
            var asked = Asked(index).Select(q => q == "when" ? "when was it done" : q).ToList();
            texts[question] = asked.Count == 0 ? null : $"{kb.Interventions[index].Label} is in the history: {Join(asked)}?";
            interventions[question] = index;
        }

        return (texts, interventions);
    }

    private List<string> Asked(int interventionIndex) =>
        _historyQualifiers[interventionIndex].Order(StringComparer.Ordinal).Select(q => q[2..]).ToList();

    private static string Join(List<string> parts) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];

    /// <summary>The question texts, built once every test is compiled (history questions depend on every qualifier asked).</summary>
    public string[] Texts() => _questions.Select(q => q.Text()).ToArray();

    private int Register(string key, Func<string> text)
    {
        if (!_index.TryGetValue(key, out var index))
        {
            index = _questions.Count;
            _index[key] = index;
            _questions.Add((key, text));
        }

        return index;
    }
}
