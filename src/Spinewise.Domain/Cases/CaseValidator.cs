using System.Globalization;
using System.Text.RegularExpressions;
using Spinewise.Domain.Cases.Internal;
using Spinewise.Domain.Diagnostics;
using Spinewise.Domain.Text;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Cases;

/// <summary>
/// Validates a <see cref="CaseDraft"/> against the case format and the knowledge's vocabulary: ranges (<see cref="CaseFacts"/>),
/// known condition, intervention and variant ids, facts that contradict each other, history after the case date. Every
/// problem is reported (codes in <see cref="CaseDiagnosticCodes"/>); nothing partial is returned.
/// </summary>
public static partial class CaseValidator
{
    /// <summary>Validates a draft.</summary>
    /// <param name="draft">The case as given.</param>
    /// <param name="knowledge">The knowledge whose vocabulary the ids must belong to; the case carries its version.</param>
    public static Result<PatientCase> Validate(CaseDraft draft, KnowledgeBase knowledge)
    {
        var diagnostics = new CaseDiagnosticList();
        var patient = Validate(draft, knowledge, diagnostics);
        return patient is not null && diagnostics.Count == 0 ? Result<PatientCase>.Success(patient) : Result<PatientCase>.Failure(diagnostics.Listed());
    }

    /// <summary>Validates a draft into <paramref name="diagnostics"/> (which may already hold the reader's).</summary>
    internal static PatientCase? Validate(CaseDraft draft, KnowledgeBase knowledge, CaseDiagnosticList diagnostics)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(knowledge);
        var c = new CaseChecks(draft.File, diagnostics);
        string? id = null;
        if (draft.Id is not { } givenId)
        {
            if (!diagnostics.ReportedAt("$.id"))
            {
                diagnostics.Add(CaseDiagnosticCodes.MissingField, (draft.Location ?? new DiagnosticLocation(draft.File, "$")).WithPath("$.id"), "required key 'id' is missing");
            }
        }
        else if (IdForm().IsMatch(givenId.Value))
        {
            id = givenId.Value;
        }
        else
        {
            diagnostics.Add(CaseDiagnosticCodes.WrongType, c.At(givenId, "$.id"), $"\"{givenId.Value}\" is not a case id: 1 to 100 letters, digits, '.', '_' or '-'");
        }

        var age = c.Number(draft.Age, "$.age", CaseFacts.AgeRange.Minimum, CaseFacts.AgeRange.Maximum, true, "years");
        var duration = c.Number(draft.PainDurationMonths, "$.painDurationMonths", CaseFacts.DurationRange.Minimum, CaseFacts.DurationRange.Maximum, false, "months");
        var vocabulary = CaseVocabulary.Of(knowledge);
        var conditions = c.IdList(draft.Conditions, "$.conditions", "condition", vocabulary.Conditions);
        var ruledOut = c.IdList(draft.RuledOut, "$.ruledOut", "condition", vocabulary.Conditions);
        foreach (var (at, value) in ruledOut.Where(r => conditions.Any(p => p.Value == r.Value)))
        {
            diagnostics.Add(CaseDiagnosticCodes.Contradiction, at, $"condition '{value}' is listed both as present (conditions) and as ruled out");
        }

        if (ruledOut.Count > 0)
        {
            foreach (var (at, value) in conditions)
            {
                foreach (var broader in vocabulary.BroaderOf[value].Where(b => ruledOut.Any(r => r.Value == b)))
                {
                    diagnostics.Add(CaseDiagnosticCodes.Contradiction, at, $"condition '{value}' is a kind of '{broader}', which is ruled out");
                }
            }
        }

        var findings = c.Findings(draft.Findings);
        var flags = c.Flags(draft.Flags);
        if (draft.Sex?.Value == Sex.Male && flags.GetValueOrDefault("pregnancy"))
        {
            diagnostics.Add(CaseDiagnosticCodes.Contradiction, c.At(draft.Flags["pregnancy"], "$.flags.pregnancy"), "pregnancy is true but sex is male");
        }

        var history = c.History(draft.History, knowledge, vocabulary.Interventions, draft.AsOf);
        var notDone = c.IdList(draft.NotDone, "$.notDone", "intervention", vocabulary.Interventions);
        foreach (var (at, value) in notDone.Where(n => history.Any(h => h.Intervention.Value == n.Value)))
        {
            diagnostics.Add(CaseDiagnosticCodes.Contradiction, at, $"intervention '{value}' is listed in history and as never done (notDone)");
        }

        if (id is null || diagnostics.Count > 0)
        {
            return null;
        }

        return new PatientCase(knowledge.Version, id, draft.AsOf?.Value, age is { } years ? (int)years : null, draft.Sex?.Value, duration, draft.PainType?.Value,
            conditions.Select(x => new ConditionId(x.Value)).ToList(), ruledOut.Select(x => new ConditionId(x.Value)).ToList(),
            findings, history, notDone.Select(x => new InterventionId(x.Value)).ToList(), flags);
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex IdForm();

    internal static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
