using Spinewise.Domain.Text;

namespace Spinewise.Knowledge.Internal;

/// <summary>Checks, once every file is read, that each referenced id is defined; suggests the nearest ids when not.</summary>
internal static class ReferenceChecker
{
    public static void Check(LoadContext context)
    {
        foreach (var reference in context.References)
        {
            if (context.IsDefined(reference.Kind, reference.Id, reference.Scope))
            {
                continue;
            }

            if (reference.Kind == ReferenceKind.Variant && reference.Scope is not null
                && !context.IsDefined(ReferenceKind.Intervention, reference.Scope))
            {
                continue; // the unknown intervention is already reported
            }

            var known = context.DefinedIds(reference.Kind, reference.Scope).ToList();
            var hint = NearestMatch.Hint(reference.Id, known,
                otherwise: known.Count is > 0 and <= 12 ? $"; known: {string.Join(", ", known.Order(StringComparer.Ordinal))}" : string.Empty);
            var scope = reference.Scope is null ? string.Empty : $" of '{reference.Scope}'";
            context.Bag.Add(DiagnosticCodes.UnknownReference, reference.At,
                $"unknown {LoadContext.Describe(reference.Kind)}{scope} '{reference.Id}'{hint}");
        }
    }
}
