using Spinewise.Domain.Eligibility;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Knowledge.Internal.Readers;

/// <summary>Reads <c>kind: criteria</c> files: the selection criteria of one intervention, each with its test and source.</summary>
internal static class CriteriaReader
{
    public static void Read(MapNode root, LoadContext context)
    {
        root.ExpectKeys("kind", "intervention", "notes", "criteria");
        var intervention = root.Text("intervention", required: true);
        if (intervention is not null)
        {
            context.Reference(ReferenceKind.Intervention, intervention, root.LocationOf("intervention"));
            if (!context.Define(ReferenceKind.CriteriaFile, intervention, root.LocationOf("intervention")))
            {
                intervention = null;
            }
        }

        var notes = new List<SourcedNote>();
        foreach (var map in root.MapList("notes", required: false))
        {
            map.ExpectKeys("text", "source");
            var text = map.Text("text", required: true);
            var source = CommonReaders.Source(map, context, "a criteria note");
            if (text is not null && source is not null)
            {
                notes.Add(new SourcedNote(text, source));
            }
        }

        var criteria = new List<Criterion>();
        var maps = root.MapList("criteria", required: true);
        foreach (var map in maps)
        {
            if (ReadCriterion(map, intervention, context) is { } criterion)
            {
                criteria.Add(criterion);
            }
        }

        if (intervention is null)
        {
            return;
        }

        if (criteria.Count == maps.Count && maps.Count > 0 && !criteria.Any(c => c.IsRequired))
        {
            context.Bag.Add(DiagnosticCodes.NoRequiredCriterion, root.LocationOf("criteria"),
                $"the criteria of '{intervention}' have no indication or prerequisite, so no case could be a candidate");
        }

        context.Criteria.Add(new InterventionCriteria(new InterventionId(intervention), criteria, notes));
    }

    private static Criterion? ReadCriterion(MapNode map, string? intervention, LoadContext context)
    {
        map.ExpectKeys("id", "role", "basis", "statement", "statementIsParaphrase", "trial", "variant", "test", "note", "source");
        var id = CommonReaders.DefineId(map, context, ReferenceKind.Criterion);
        if (id is not null && intervention is not null && !id.StartsWith(intervention + "/", StringComparison.Ordinal))
        {
            context.Bag.Add(DiagnosticCodes.BadIdFormat, map.LocationOf("id"), $"criterion id '{id}' must be '{intervention}/<name>'");
        }

        var role = map.Enum<CriterionRole>("role", required: true);
        var basis = map.Enum<CriterionBasis>("basis", required: true);
        var statement = map.Text("statement", required: true);
        var paraphrase = map.Text("statementIsParaphrase", required: false) is "true";
        var trial = map.Text("trial", required: false);
        if (trial is not null)
        {
            context.Reference(ReferenceKind.Trial, trial, map.LocationOf("trial"));
        }

        var variant = map.Text("variant", required: false);
        if (variant is not null && intervention is not null)
        {
            context.Reference(ReferenceKind.Variant, variant, map.LocationOf("variant"), scope: intervention);
        }

        var testMap = map.Map("test", required: true);
        var test = testMap is null ? null : CriterionTestReader.Read(testMap, context);
        var source = CommonReaders.Source(map, context, $"criterion '{id}'");
        if (id is null || intervention is null || role is null || basis is null || statement is null || test is null || source is null)
        {
            return null;
        }

        return new Criterion(id, new InterventionId(intervention), role.Value, basis.Value, statement, paraphrase, trial, variant, test,
            map.Text("note", required: false), source);
    }
}
