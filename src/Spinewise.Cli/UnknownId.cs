using Spectre.Console;
using Spinewise.Domain.Cases;
using Spinewise.Domain.Text;

namespace Spinewise.Cli;

/// <summary>Reports an id that the knowledge does not define, with the nearest known ids (or all of them when few), and returns exit code 2.</summary>
internal static class UnknownId
{
    public static int Report(CliIo io, string what, string id, IEnumerable<string> known, IReadOnlyList<string>? nearest = null)
    {
        var all = known.ToList();
        nearest ??= NearestMatch.Find(id, all);
        io.Error.MarkupLineInterpolated($"[red]Unknown {what} '{ControlCharacters.Escape(id)}'.[/]");
        if (nearest.Count > 0)
        {
            io.ErrorWriter.WriteLine($"Did you mean: {string.Join(", ", nearest)}?");
        }

        io.ErrorWriter.WriteLine($"Known {what}s: {string.Join(", ", all)}");
        return ExitCodes.BadInput;
    }
}
