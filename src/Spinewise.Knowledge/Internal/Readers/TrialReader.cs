using Spinewise.Domain.Evidence;
using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Knowledge.Internal.Readers;

/// <summary>Reads a <c>kind: trial</c> file; checks that the arm sizes add up to the number enrolled.</summary>
internal static class TrialReader
{
    public static void Read(MapNode root, LoadContext context)
    {
        root.ExpectKeys("kind", "id", "name", "title", "registration", "design", "enrolled", "centres", "countries", "ageRange",
            "arms", "followUp", "outcomes", "eligibility", "safety", "reports", "supports", "notes", "verification", "source");
        var id = CommonReaders.DefineId(root, context, ReferenceKind.Trial);
        var name = root.Text("name", required: true);
        var title = root.Text("title", required: true);
        var design = ReadDesign(root.Map("design", required: true), context);
        var enrolled = NonNegative(root, "enrolled");
        var centres = NonNegative(root, "centres");
        var (ageMin, ageMax) = ReadAges(root.Map("ageRange", required: false));
        var arms = ReadArms(root, context, id);
        if (enrolled is not null && arms.Count > 0 && arms.Sum(a => a.N) != enrolled)
        {
            context.Bag.Add(DiagnosticCodes.ArmsDoNotAddUp, root.LocationOf("arms"),
                $"arm sizes {string.Join(" + ", arms.Select(a => a.N))} = {arms.Sum(a => a.N)} do not add up to enrolled = {enrolled}");
        }

        var followUp = root.MapList("followUp", required: false).Select(ReadFollowUp).OfType<FollowUpPoint>().ToList();
        var outcomes = new List<TrialOutcome>();
        foreach (var map in root.MapList("outcomes", required: false))
        {
            map.ExpectKeys("name", "primary", "source");
            var outcome = map.Text("name", required: true);
            var primary = map.Text("primary", false) is { } flag && RecommendationsReader.ReadFlag(map, "primary", flag);
            if (outcome is not null && CommonReaders.Source(map, context, "an outcome") is { } outcomeSource)
            {
                outcomes.Add(new TrialOutcome(outcome, primary, outcomeSource));
            }
        }

        var eligibility = root.Map("eligibility", required: false);
        eligibility?.ExpectKeys("inclusion", "exclusion");
        var inclusion = eligibility is null ? [] : Texts(eligibility, "inclusion", context);
        var exclusion = eligibility is null ? [] : Texts(eligibility, "exclusion", context);
        var safety = root.Map("safety", required: false) is { } safetyMap ? Text(safetyMap, context) : null;
        var reports = root.MapList("reports", required: false).Select(m => ReadReport(m, context)).OfType<TrialReport>().ToList();
        var supports = SynthesisReader.References(root, "supports", ReferenceKind.Recommendation, context).Select(x => new RecommendationId(x)).ToList();
        var source = CommonReaders.Source(root, context, $"trial '{id}'");
        var verification = root.Enum<Domain.Sources.Verification>("verification", required: false);
        if (id is not null && name is not null && title is not null && design is not null && source is not null)
        {
            context.Trials.Add(new Trial(id, name, title, root.Text("registration", false), design, enrolled, centres,
                root.TextList("countries", false), ageMin, ageMax, arms, followUp, outcomes, inclusion, exclusion, safety, reports, supports,
                root.TextList("notes", false), verification is null ? source : source with { Verification = verification.Value }));
        }
    }

    private static TrialDesign? ReadDesign(MapNode? map, LoadContext context)
    {
        if (map is null)
        {
            return null;
        }

        map.ExpectKeys("randomised", "blinding", "comparator", "multicentre", "sponsor", "description", "source");
        var randomised = map.Text("randomised", required: true) is { } r && RecommendationsReader.ReadFlag(map, "randomised", r);
        var multicentre = map.Text("multicentre", required: false) is { } m && RecommendationsReader.ReadFlag(map, "multicentre", m);
        var blinding = map.Text("blinding", required: false) ?? "not-stated";
        if (blinding is not ("open-label" or "single-blind" or "double-blind" or "not-stated"))
        {
            context.Bag.Add(DiagnosticCodes.InvalidValue, map.LocationOf("blinding"), $"'{blinding}' is not one of: open-label, single-blind, double-blind, not-stated");
        }

        var comparator = map.Enum<Comparator>("comparator", required: true);
        var description = map.Text("description", required: true);
        var source = CommonReaders.Source(map, context, "the design");
        return comparator is null || description is null || source is null
            ? null
            : new TrialDesign(randomised, blinding, comparator.Value, multicentre, map.Text("sponsor", false), description, source);
    }

    private static List<TrialArm> ReadArms(MapNode root, LoadContext context, string? trialId)
    {
        var arms = new List<TrialArm>();
        foreach (var map in root.MapList("arms", required: false))
        {
            map.ExpectKeys("id", "label", "n", "interventions");
            var id = CommonReaders.DefineId(map, context, ReferenceKind.Trial, scope: trialId);
            var label = map.Text("label", required: true);
            var n = NonNegative(map, "n", required: true);
            var interventions = SynthesisReader.References(map, "interventions", ReferenceKind.Intervention, context);
            if (id is not null && label is not null && n is not null)
            {
                arms.Add(new TrialArm(id, label, n.Value, interventions.Select(i => new InterventionId(i)).ToList()));
            }
        }

        return arms;
    }

    private static (int? Min, int? Max) ReadAges(MapNode? map)
    {
        if (map is null)
        {
            return (null, null);
        }

        map.ExpectKeys("min", "max");
        var min = NonNegative(map, "min");
        var max = NonNegative(map, "max");
        if (min > max)
        {
            map.Diagnostics.Add(DiagnosticCodes.InvalidValue, map.LocationOf("min"), $"minimum age {min} is above maximum age {max}");
        }

        return (min, max);
    }

    private static FollowUpPoint? ReadFollowUp(MapNode map)
    {
        map.ExpectKeys("label", "months", "primary");
        var label = map.Text("label", required: true);
        var primary = map.Text("primary", false) is { } flag && RecommendationsReader.ReadFlag(map, "primary", flag);
        return label is null ? null : new FollowUpPoint(label, NonNegative(map, "months"), primary);
    }

    private static TrialReport? ReadReport(MapNode map, LoadContext context)
    {
        map.ExpectKeys("label", "citation", "doi", "analysed", "findings", "verification", "source");
        var label = map.Text("label", required: true);
        var citation = map.Text("citation", required: true);
        var findings = map.Text("findings", required: true);
        var source = CommonReaders.Source(map, context, $"report '{label}'");
        var verification = map.Enum<Domain.Sources.Verification>("verification", required: false);
        return label is null || citation is null || findings is null || source is null
            ? null
            : new TrialReport(label, citation, map.Text("doi", false), NonNegative(map, "analysed"), findings,
                verification is null ? source : source with { Verification = verification.Value });
    }

    private static List<SourcedText> Texts(MapNode map, string key, LoadContext context) =>
        map.MapList(key, required: false).Select(m => Text(m, context)).OfType<SourcedText>().ToList();

    private static SourcedText? Text(MapNode map, LoadContext context)
    {
        map.ExpectKeys("text", "source");
        var text = map.Text("text", required: true);
        var source = CommonReaders.Source(map, context, "a criterion");
        return text is null || source is null ? null : new SourcedText(text, source);
    }

    private static int? NonNegative(MapNode map, string key, bool required = false)
    {
        var value = map.Integer(key, required);
        if (value < 0)
        {
            map.Diagnostics.Add(DiagnosticCodes.InvalidValue, map.LocationOf(key), $"{key} must not be negative but is {value}");
            return null;
        }

        return value;
    }
}
