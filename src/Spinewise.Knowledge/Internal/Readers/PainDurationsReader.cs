using Spinewise.Domain.Vocabulary;

namespace Spinewise.Knowledge.Internal.Readers;

/// <summary>Reads the <c>kind: pain-durations</c> file: reference definitions of acute and chronic pain, with their source.</summary>
internal static class PainDurationsReader
{
    public static void Read(MapNode root, LoadContext context)
    {
        root.ExpectKeys("kind", "definer", "acuteBelowWeeks", "chronicAboveWeeks", "note", "source");
        var definer = root.Text("definer", required: true);
        var acute = root.Number("acuteBelowWeeks", required: true);
        var chronic = root.Number("chronicAboveWeeks", required: true);
        var source = CommonReaders.Source(root, context, "the pain-duration definitions");
        if (acute is { } a && chronic is { } c && (a <= 0 || c < a))
        {
            context.Bag.Add(DiagnosticCodes.InvalidValue, root.LocationOf("chronicAboveWeeks"),
                $"chronicAboveWeeks ({c}) must be at least acuteBelowWeeks ({a}), and both above 0");
            return;
        }

        if (context.PainDurations is not null)
        {
            context.Bag.Add(DiagnosticCodes.DuplicateId, root.At.Child("kind"), "a second pain-durations file: the knowledge holds one set of reference definitions");
            return;
        }

        if (definer is not null && acute is not null && chronic is not null && source is not null)
        {
            context.PainDurations = new PainDurationDefinitions(acute.Value, chronic.Value, definer, source);
        }
    }
}
