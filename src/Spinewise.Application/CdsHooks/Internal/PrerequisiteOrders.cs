using System.Text.Json.Nodes;
using Spinewise.Domain;
using Spinewise.Domain.Codes;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Eligibility;
using Spinewise.Domain.Text;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Application.CdsHooks.Internal;

/// <summary>
/// Suggestions to order a prerequisite procedure a source states and the chart does not show: a prerequisite not met
/// or unknown whose test is a procedure on record (or one of several), where the knowledge's code map has a code for
/// that procedure. Each suggestion creates a draft ServiceRequest with intent <c>proposal</c> (Spinewise proposes; the
/// clinician orders). Alternatives of one criterion are <c>at-most-one</c>; prerequisites of several criteria <c>any</c>.
/// Without the patient's id there is no suggestion: an R4 ServiceRequest requires its <c>subject</c>.
/// </summary>
internal static class PrerequisiteOrders
{
    /// <summary>The code systems a suggested order is coded in, in this order, each where the code map has a code.</summary>
    private static readonly string[] Systems = [CodeSystems.Cpt, CodeSystems.Snomed, CodeSystems.Hcpcs];

    public static (IReadOnlyList<CdsSuggestion> Suggestions, CdsSelectionBehavior? Behaviour) For(KnowledgeBase kb, OrderedForm form, CardContext context, Guid cardUuid)
    {
        if (context.PatientId is not { Length: > 0 } patient)
        {
            return ([], null); // an R4 ServiceRequest needs its subject
        }

        var ordered = form.Assessment.Intervention.Id;
        var found = new List<(CriterionOutcome Criterion, Intervention Procedure, List<CodeMapEntry> Codes)>();
        foreach (var outcome in form.Criteria.Where(c => c.Criterion.Role == CriterionRole.Prerequisite && c.Result != Truth.Met))
        {
            foreach (var id in Procedures(outcome.Criterion.Test).Where(id => id != ordered))
            {
                var codes = Systems.Select(s => kb.Codes.CodeForIntervention(id.Value, null, s)).OfType<CodeMapEntry>().ToList();
                if (codes.Count > 0 && kb.FindIntervention(id) is { } procedure && found.All(f => f.Procedure.Id != id))
                {
                    found.Add((outcome, procedure, codes));
                }
            }
        }

        if (found.Count == 0)
        {
            return ([], null);
        }

        var suggestions = found.Select(f => Suggestion(f.Criterion.Criterion, f.Procedure, f.Codes, patient, cardUuid)).ToList();
        var behaviour = found.Select(f => f.Criterion.Criterion.Id).Distinct().Count() == 1 ? CdsSelectionBehavior.AtMostOne : CdsSelectionBehavior.Any;
        return (suggestions, behaviour);
    }

    /// <summary>The procedures a prerequisite's test asks to be on record: the test itself, or the alternatives of an "any of" (nothing under "not" or "all of").</summary>
    private static IEnumerable<InterventionId> Procedures(CriterionTest test) => test switch
    {
        HistoryTest h => [h.Intervention],
        AnyOfTest any => any.Parts.OfType<HistoryTest>().Select(h => h.Intervention),
        _ => [],
    };

    /// <summary>
    /// A coding of the proposed order. CPT descriptors are the AMA's (licensed), so a CPT coding carries no display: the
    /// order's <c>text</c> names the procedure in the product's words.
    /// </summary>
    private static JsonNode Coding(CodeMapEntry code)
    {
        var coding = new JsonObject { ["system"] = code.System, ["code"] = code.Code };
        if (code.System != CodeSystems.Cpt)
        {
            coding["display"] = code.Display;
        }

        return coding;
    }

    private static CdsSuggestion Suggestion(Criterion criterion, Intervention procedure, List<CodeMapEntry> codes, string patient, Guid cardUuid)
    {
        var name = Labels.Lower(procedure.Label);
        var coded = string.Join(", ", codes.Select(c => $"{CodeSystems.ShortName(c.System)} {c.Code} ({c.Source.Document.Value})"));
        var resource = new JsonObject
        {
            ["resourceType"] = "ServiceRequest",
            ["status"] = "draft",
            ["intent"] = "proposal",
            ["code"] = new JsonObject
            {
                ["coding"] = new JsonArray([.. codes.Select(Coding)]),
                ["text"] = procedure.Label,
            },
            ["subject"] = new JsonObject { ["reference"] = "Patient/" + patient },
            ["note"] = new JsonArray(new JsonObject
            {
                ["text"] = $"Proposed by Spinewise: a prerequisite a source states ({criterion.Id}, {criterion.Source}): “{criterion.Statement}”",
            }),
        };
        return new CdsSuggestion(
            $"Propose a draft order for a {name} (a prerequisite a source states)",
            CdsCardBuilder.SuggestionUuid(cardUuid, procedure.Id.Value),
            [new CdsAction(CdsActionType.Create, $"Adds a draft ServiceRequest (intent proposal) for a {name}, coded {coded}.", resource)]);
    }
}
