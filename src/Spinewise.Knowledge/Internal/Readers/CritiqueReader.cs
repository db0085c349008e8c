using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Knowledge.Internal.Readers;

/// <summary>Reads <c>kind: critique</c> and <c>kind: conflict-reasons</c> files.</summary>
internal static class CritiqueReader
{
    public static void ReadCritique(MapNode root, LoadContext context)
    {
        root.ExpectKeys("kind", "id", "author", "date", "dateAsPublished", "targets", "cites", "points", "verification", "source");
        var id = CommonReaders.DefineId(root, context, ReferenceKind.Critique);
        var author = root.Text("author", required: true);
        var targets = new List<CritiqueTarget>();
        foreach (var map in root.MapList("targets", required: true))
        {
            map.ExpectKeys("guideline", "recommendation", "synthesis");
            var (kind, key) = map.Has("guideline") ? (ReferenceKind.Guideline, "guideline")
                : map.Has("recommendation") ? (ReferenceKind.Recommendation, "recommendation")
                : (ReferenceKind.Synthesis, "synthesis");
            if (map.Text(key, required: true) is { } target)
            {
                context.Reference(kind, target, map.LocationOf(key));
                targets.Add(new CritiqueTarget(key, target));
            }
        }

        var cites = SynthesisReader.References(root, "cites", ReferenceKind.Guideline, context);
        var points = new List<CritiquePoint>();
        foreach (var map in root.MapList("points", required: true))
        {
            map.ExpectKeys("code", "text", "source");
            var code = map.Text("code", required: true);
            var text = map.Text("text", required: true);
            var source = CommonReaders.Source(map, context, "a critique point");
            if (code is not null)
            {
                context.Reference(ReferenceKind.ReasonCode, code, map.LocationOf("code"));
            }

            if (code is not null && text is not null && source is not null)
            {
                points.Add(new CritiquePoint(code, text, source));
            }
        }

        var source2 = CommonReaders.Source(root, context, $"critique '{id}'");
        var verification = root.Enum<Domain.Sources.Verification>("verification", required: false);
        if (id is not null && author is not null && source2 is not null)
        {
            context.Critiques.Add(new Critique(id, author, root.Date("date", false), root.Text("dateAsPublished", false), targets, cites, points,
                verification is null ? source2 : source2 with { Verification = verification.Value }));
        }
    }

    public static void ReadConflictReasons(MapNode root, LoadContext context)
    {
        root.ExpectKeys("kind", "codes", "explanations");
        foreach (var map in root.MapList("codes", required: false))
        {
            map.ExpectKeys("code", "label", "description", "source");
            var code = map.Text("code", required: true);
            var label = map.Text("label", required: true);
            var description = map.Text("description", required: true);
            var source = CommonReaders.Source(map, context, $"reason code '{code}'");
            if (code is not null && context.Define(ReferenceKind.ReasonCode, code, map.LocationOf("code")) && label is not null
                && description is not null && source is not null)
            {
                context.ReasonCodes.Add(new ConflictReasonCode(code, label, description, source));
            }
        }

        foreach (var map in root.MapList("explanations", required: false))
        {
            map.ExpectKeys("id", "between", "interventions", "reasons");
            var id = CommonReaders.DefineId(map, context, ReferenceKind.Explanation);
            var between = SynthesisReader.References(map, "between", ReferenceKind.Guideline, context);
            var interventions = SynthesisReader.References(map, "interventions", ReferenceKind.Intervention, context);
            var reasons = new List<ConflictReason>();
            foreach (var reasonMap in map.MapList("reasons", required: true))
            {
                reasonMap.ExpectKeys("code", "explanation", "source");
                var code = reasonMap.Text("code", required: true);
                var explanation = reasonMap.Text("explanation", required: true);
                var source = CommonReaders.Source(reasonMap, context, "a conflict reason");
                if (code is not null)
                {
                    context.Reference(ReferenceKind.ReasonCode, code, reasonMap.LocationOf("code"));
                }

                if (id is not null && code is not null && explanation is not null && source is not null)
                {
                    reasons.Add(new ConflictReason(code, explanation, source, id));
                }
            }

            if (between.Count < 2)
            {
                context.Bag.Add(DiagnosticCodes.MissingField, map.LocationOf("between"), "an explanation needs at least two guidelines");
            }

            if (id is not null)
            {
                context.Explanations.Add(new ConflictExplanation(id, between.Select(b => new GuidelineId(b)).ToList(),
                    interventions.Select(i => new InterventionId(i)).ToList(), reasons));
            }
        }
    }
}
