using Spinewise.Domain.Guidelines;
using Spinewise.Domain.Sources;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Knowledge.Internal.Readers;

/// <summary>Readers for the small structures every file kind shares: source references and standard codes.</summary>
internal static class CommonReaders
{
    public static SourceRef? Source(MapNode parent, LoadContext context, string what, bool required = true)
    {
        if (!parent.Has("source"))
        {
            if (required)
            {
                context.Bag.Add(DiagnosticCodes.MissingSource, parent.At.Child("source"), $"{what} has no source");
            }

            return null;
        }

        var map = parent.Map("source", required: true);
        if (map is null)
        {
            return null;
        }

        map.ExpectKeys("document", "section", "line", "verification");
        var document = map.Text("document", required: true);
        var section = map.Text("section", required: false);
        var line = map.Integer("line", required: false);
        var verification = map.Enum<Verification>("verification", required: false) ?? Verification.Verified;
        if (line is < 1)
        {
            context.Bag.Add(DiagnosticCodes.InvalidValue, map.LocationOf("line"), $"line must be 1 or more but is {line}");
        }

        if (document is null)
        {
            return null;
        }

        context.Reference(ReferenceKind.Source, document, map.LocationOf("document"));
        return new SourceRef(new SourceId(document), section, line, verification);
    }

    public static IReadOnlyList<StandardCode> Codes(MapNode parent, LoadContext context, string key = "codes")
    {
        var codes = new List<StandardCode>();
        foreach (var map in parent.MapList(key, required: false))
        {
            map.ExpectKeys("system", "code", "display", "source");
            var system = map.Text("system", required: true);
            var code = map.Text("code", required: true);
            var display = map.Text("display", required: true);
            var source = Source(map, context, "a standard code");
            if (system is not null && code is not null && display is not null && source is not null)
            {
                codes.Add(new StandardCode(system, code, display, source));
            }
        }

        return codes;
    }

    /// <summary>Reads the required <c>id</c> of an entity and registers its definition.</summary>
    public static string? DefineId(MapNode map, LoadContext context, ReferenceKind kind, string? scope = null)
    {
        var id = map.Text("id", required: true);
        if (id is not null && !context.Define(kind, id, map.LocationOf("id"), scope))
        {
            return null;
        }

        return id;
    }

    public static Domain.Guidelines.Citation? Citation(MapNode? map)
    {
        if (map is null)
        {
            return null;
        }

        map.ExpectKeys("journal", "year", "volume", "pages", "doi", "pmid", "text");
        var year = map.Integer("year", required: true);
        var text = map.Text("text", required: true);
        return year is null || text is null
            ? null
            : new Domain.Guidelines.Citation(map.Text("journal", false), year.Value, map.Text("volume", false), map.Text("pages", false),
                map.Text("doi", false), map.Text("pmid", false), text);
    }
}
