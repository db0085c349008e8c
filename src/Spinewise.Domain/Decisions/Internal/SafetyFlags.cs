using Spinewise.Domain.Cases;

namespace Spinewise.Domain.Decisions.Internal;

/// <summary>
/// The case flags that bear on the safety of any procedure (active infection, coagulopathy, pregnancy,
/// immunocompromise). One of them recorded as true that no criterion of an intervention tests keeps the intervention
/// from being a candidate: its status is undetermined, because no source in the knowledge states whether the flag
/// contraindicates the procedure (ADR 004).
/// </summary>
internal static class SafetyFlags
{
    /// <summary>The flag keys, in case-format order.</summary>
    public static readonly string[] Keys = ["activeInfection", "coagulopathy", "pregnancy", "immunocompromised"];

    /// <summary>The text given with each such flag.</summary>
    public const string NotAddressedText = "no source in the knowledge states whether this contraindicates the procedure";

    /// <summary>The bit set of the safety flags' slots.</summary>
    /// <param name="facts">The fact index the slots are of.</param>
    public static ulong Mask(FactIndex facts)
    {
        var mask = 0UL;
        foreach (var key in Keys)
        {
            if (CaseFacts.FindFlag(key) is null)
            {
                throw new InvalidOperationException($"The case format has no flag '{key}'.");
            }

            mask |= 1UL << facts.FlagSlot(key);
        }

        return mask;
    }
}
