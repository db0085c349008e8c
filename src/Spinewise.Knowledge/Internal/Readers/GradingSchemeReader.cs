using Spinewise.Domain.Grading;
using Spinewise.Domain.Sources;

namespace Spinewise.Knowledge.Internal.Readers;

/// <summary>Reads a <c>kind: grading-scheme</c> file.</summary>
internal static class GradingSchemeReader
{
    public static void Read(MapNode root, LoadContext context)
    {
        root.ExpectKeys("kind", "id", "name", "basis", "sources", "grades", "levels", "levelVariants", "certaintyNote", "certainty", "strengths", "note");
        var id = CommonReaders.DefineId(root, context, ReferenceKind.GradingScheme);
        var name = root.Text("name", required: true);
        var basis = root.Text("basis", required: true);
        var sources = new List<SourceRef>();
        foreach (var map in root.MapList("sources", required: true))
        {
            map.ExpectKeys("document", "section", "line", "verification");
            var document = map.Text("document", required: true);
            if (document is not null)
            {
                context.Reference(ReferenceKind.Source, document, map.LocationOf("document"));
                var verification = map.Enum<Verification>("verification", required: false) ?? Verification.Verified;
                sources.Add(new SourceRef(new SourceId(document), map.Text("section", false), map.Integer("line", false), verification));
            }
        }

        var grades = ReadGrades(root, context, id);
        var levels = ReadLevels(root, context, id);
        var variants = ReadVariants(root, context, levels);
        var certainty = ReadCertainty(root, context, id);
        var certaintyNote = root.Text("certaintyNote", required: false) ?? root.Text("note", required: false);
        var strengths = ReadStrengths(root, context, id);
        if (id is not null && name is not null && basis is not null)
        {
            context.Schemes.Add(new GradingScheme(new GradingSchemeId(id), name, basis, grades, levels, variants, certainty, certaintyNote, sources, strengths));
        }
    }

    private static List<GradeDefinition> ReadGrades(MapNode root, LoadContext context, string? schemeId)
    {
        var grades = new List<GradeDefinition>();
        foreach (var map in root.MapList("grades", required: false))
        {
            map.ExpectKeys("code", "meaning", "suggestedPractice", "source");
            var code = map.Text("code", required: true);
            var meaning = map.Text("meaning", required: true);
            var source = CommonReaders.Source(map, context, $"grade '{code}'");
            if (code is not null && context.Define(ReferenceKind.GradingScheme, $"grade:{code}", map.LocationOf("code"), schemeId)
                && meaning is not null && source is not null)
            {
                grades.Add(new GradeDefinition(code, meaning, map.Text("suggestedPractice", false), source));
            }
        }

        return grades;
    }

    private static List<EvidenceLevelDefinition> ReadLevels(MapNode root, LoadContext context, string? schemeId)
    {
        var levels = new List<EvidenceLevelDefinition>();
        foreach (var map in root.MapList("levels", required: false))
        {
            map.ExpectKeys("code", "rank", "definition", "source");
            var code = map.Text("code", required: true);
            var rank = map.Integer("rank", required: true);
            var source = CommonReaders.Source(map, context, $"level '{code}'");
            if (code is not null && context.Define(ReferenceKind.GradingScheme, $"level:{code}", map.LocationOf("code"), schemeId)
                && rank is not null && source is not null)
            {
                levels.Add(new EvidenceLevelDefinition(code, rank.Value, map.Text("definition", false), source));
            }
        }

        return [.. levels.OrderBy(l => l.Rank)];
    }

    private static List<LevelVariant> ReadVariants(MapNode root, LoadContext context, List<EvidenceLevelDefinition> levels)
    {
        var variants = new List<LevelVariant>();
        foreach (var map in root.MapList("levelVariants", required: false))
        {
            map.ExpectKeys("asPublished", "level", "note");
            var asPublished = map.Text("asPublished", required: true);
            var level = map.Text("level", required: true);
            var note = map.Text("note", required: true);
            if (level is not null && levels.All(l => l.Code != level))
            {
                context.Bag.Add(DiagnosticCodes.LevelNotInScheme, map.LocationOf("level"), $"variant maps to '{level}', which is not a level of this scheme ({string.Join(", ", levels.Select(l => l.Code))})");
            }
            else if (asPublished is not null && level is not null && note is not null)
            {
                variants.Add(new LevelVariant(asPublished, level, note));
            }
        }

        return variants;
    }

    private static List<StrengthDefinition> ReadStrengths(MapNode root, LoadContext context, string? schemeId)
    {
        var strengths = new List<StrengthDefinition>();
        foreach (var map in root.MapList("strengths", required: false))
        {
            map.ExpectKeys("label", "normalised", "meaning", "source");
            var label = map.Text("label", required: true);
            var normalised = map.Enum<StrengthLevel>("normalised", required: true);
            var meaning = map.Text("meaning", required: true);
            var source = CommonReaders.Source(map, context, $"strength '{label}'");
            if (label is not null && context.Define(ReferenceKind.GradingScheme, $"strength:{label}", map.LocationOf("label"), schemeId)
                && normalised is not null && meaning is not null && source is not null)
            {
                strengths.Add(new StrengthDefinition(label, normalised.Value, meaning, source));
            }
        }

        return strengths;
    }

    private static List<CertaintyLabel> ReadCertainty(MapNode root, LoadContext context, string? schemeId)
    {
        var labels = new List<CertaintyLabel>();
        foreach (var map in root.MapList("certainty", required: false))
        {
            map.ExpectKeys("label", "vocabulary", "normalised", "meaning", "source");
            var label = map.Text("label", required: true);
            var vocabulary = map.Enum<CertaintyVocabulary>("vocabulary", required: true);
            var normalised = map.Enum<Certainty>("normalised", required: false);
            var source = CommonReaders.Source(map, context, $"certainty label '{label}'");
            if (vocabulary == CertaintyVocabulary.NonStandard && normalised is not null)
            {
                context.Bag.Add(DiagnosticCodes.InvalidValue, map.LocationOf("normalised"), "a non-standard certainty label must not be mapped to the common scale");
            }

            if (label is not null && context.Define(ReferenceKind.GradingScheme, $"certainty:{label}", map.LocationOf("label"), schemeId)
                && vocabulary is not null && source is not null)
            {
                labels.Add(new CertaintyLabel(label, vocabulary.Value, normalised, map.Text("meaning", false), source));
            }
        }

        return labels;
    }
}
