using Spinewise.Domain.Diagnostics;
using Spinewise.Domain.Text;

namespace Spinewise.Domain.Cases.Internal;

/// <summary>
/// A problem with a case's JSON form, held until the whole input is known to be well-formed JSON (a syntax error anywhere
/// is reported alone). <see cref="Slot"/>, <see cref="Major"/> and <see cref="Minor"/> put them back in the order the
/// reader has always reported them — the top-level keys first, then each field in the draft's order; within an object,
/// its keys before its values; within a history entry, its keys then its fields in order — which decides, past
/// <see cref="CaseDiagnosticList.MaxPerCode"/> of one code, which are listed.
/// </summary>
/// <param name="Slot">0 for the top-level keys, else 1 + the top-level key's index (<see cref="CasePaths.TopKeys"/>).</param>
/// <param name="Major">The history entry's index, or 0.</param>
/// <param name="Minor">0 for an object's keys, else 1 + the field's index.</param>
/// <param name="Sequence">The order found, within the same slot, major and minor.</param>
/// <param name="Code">The diagnostic code.</param>
/// <param name="At">Where.</param>
/// <param name="Message">The message, or <see langword="null"/> for an unknown key (made when listed).</param>
/// <param name="UnknownKey">The unknown key, or <see langword="null"/>.</param>
/// <param name="Allowed">The keys allowed where <see cref="UnknownKey"/> was found.</param>
internal readonly record struct FormDiagnostic(
    int Slot, int Major, int Minor, int Sequence, string Code, DiagnosticLocation At, string? Message, string? UnknownKey, string[]? Allowed)
{
    /// <summary>Adds <paramref name="found"/> to <paramref name="diagnostics"/> in the reader's order.</summary>
    public static void AddTo(List<FormDiagnostic>? found, CaseDiagnosticList diagnostics)
    {
        if (found is null)
        {
            return;
        }

        found.Sort(static (a, b) =>
            a.Slot != b.Slot ? a.Slot.CompareTo(b.Slot)
            : a.Major != b.Major ? a.Major.CompareTo(b.Major)
            : a.Minor != b.Minor ? a.Minor.CompareTo(b.Minor)
            : a.Sequence.CompareTo(b.Sequence));
        foreach (var d in found)
        {
            var message = d.Message
                ?? (diagnostics.Saturated(d.Code) ? string.Empty : $"unknown key '{d.UnknownKey}'{NearestMatch.Hint(d.UnknownKey!, d.Allowed!, 1, $"; allowed: {string.Join(", ", d.Allowed!)}")}");
            diagnostics.Add(d.Code, d.At, message);
        }
    }
}
