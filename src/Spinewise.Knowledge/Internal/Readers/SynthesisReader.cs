using Spinewise.Domain.Evidence;
using Spinewise.Domain.Grading;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Knowledge.Internal.Readers;

/// <summary>Reads a <c>kind: synthesis</c> file: a systematic review or meta-analysis with its estimates.</summary>
internal static class SynthesisReader
{
    public static void Read(MapNode root, LoadContext context)
    {
        root.ExpectKeys("kind", "id", "title", "citation", "design", "searchedTo", "eligibleStudies", "trials", "participants",
            "procedures", "comparator", "mid", "timepoints", "excludes", "informs", "estimates", "notes", "verification", "source");
        var id = CommonReaders.DefineId(root, context, ReferenceKind.Synthesis);
        var title = root.Text("title", required: true);
        var citation = CommonReaders.Citation(root.Map("citation", required: true));
        var design = root.Text("design", required: true);
        var comparator = root.Enum<Comparator>("comparator", required: false) ?? Comparator.NotStated;
        var mid = ReadMid(root.Map("mid", required: false), context);
        var excludes = PopulationReader.Exclusions(root, context);
        var informs = References(root, "informs", ReferenceKind.Recommendation, context).Select(x => new RecommendationId(x)).ToList();
        var estimates = root.MapList("estimates", required: false).Select(m => ReadEstimate(m, context)).OfType<SynthesisEstimate>().ToList();
        var notes = root.TextList("notes", required: false);
        var source = CommonReaders.Source(root, context, $"synthesis '{id}'");
        var verification = root.Enum<Domain.Sources.Verification>("verification", required: false);
        if (id is not null && title is not null && citation is not null && design is not null && source is not null)
        {
            context.Syntheses.Add(new EvidenceSynthesis(id, title, citation, design, root.Date("searchedTo", false),
                root.Integer("eligibleStudies", false), root.Integer("trials", false), root.Integer("participants", false),
                root.Integer("procedures", false), comparator, mid, root.Text("timepoints", false), excludes, informs, estimates, notes,
                verification is null ? source : source with { Verification = verification.Value }));
        }
    }

    public static List<string> References(MapNode map, string key, ReferenceKind kind, LoadContext context)
    {
        var ids = map.TextList(key, required: false).ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            context.Reference(kind, ids[i], map.LocationOf(key) with { Field = $"{map.LocationOf(key).Field}[{i}]" });
        }

        return ids;
    }

    private static MinimalImportantDifference? ReadMid(MapNode? map, LoadContext context)
    {
        if (map is null)
        {
            return null;
        }

        map.ExpectKeys("value", "unit", "outcome", "source");
        var value = Number(map, "value", required: true);
        var unit = map.Text("unit", required: true);
        var outcome = map.Text("outcome", required: true);
        var source = CommonReaders.Source(map, context, "the minimal important difference");
        return value is null || unit is null || outcome is null || source is null ? null : new MinimalImportantDifference(value.Value, unit, outcome, source);
    }

    private static SynthesisEstimate? ReadEstimate(MapNode map, LoadContext context)
    {
        map.ExpectKeys("intervention", "agent", "painType", "outcome", "timepoint", "measure", "unit", "value", "ci", "certainty",
            "wording", "verification", "note", "source");
        var intervention = map.Text("intervention", required: true);
        if (intervention is not null)
        {
            context.Reference(ReferenceKind.Intervention, intervention, map.LocationOf("intervention"));
        }

        var outcome = map.Text("outcome", required: true);
        var timepoint = map.Text("timepoint", required: true);
        var measure = map.Text("measure", required: true);
        var value = Number(map, "value", required: false);
        var ci = map.TextList("ci", required: false);
        double? lower = null, upper = null;
        if (ci.Count == 2 && TryNumber(ci[0], out var lo) && TryNumber(ci[1], out var hi) && lo <= hi)
        {
            (lower, upper) = (lo, hi);
        }
        else if (ci.Count > 0)
        {
            context.Bag.Add(DiagnosticCodes.WrongType, map.LocationOf("ci"), "ci must be two numbers [lower, upper] with lower ≤ upper");
        }

        var source = CommonReaders.Source(map, context, "an estimate");
        var verification = map.Enum<Domain.Sources.Verification>("verification", required: false);
        var painType = map.Enum<PainType>("painType", required: false);
        return intervention is null || outcome is null || timepoint is null || measure is null || source is null
            ? null
            : new SynthesisEstimate(new InterventionId(intervention), map.Text("agent", false), painType, outcome, timepoint, measure,
                map.Text("unit", false), value, lower, upper, map.Text("certainty", false), map.Text("wording", false), map.Text("note", false),
                verification is null ? source : source with { Verification = verification.Value });
    }

    public static double? Number(MapNode map, string key, bool required)
    {
        var text = map.Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (TryNumber(text, out var value))
        {
            return value;
        }

        map.Diagnostics.Add(DiagnosticCodes.WrongType, map.LocationOf(key), $"expected a number but found '{text}'");
        return null;
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
