using System.Collections.Frozen;

namespace Spinewise.Domain.Codes;

/// <summary>
/// Standard codes (ICD-10-CM, SNOMED CT, CPT, HCPCS, LOINC) mapped to vocabulary ids, findings keys and flag keys,
/// each with its source; looked up by (system, code) when reading a chart, and by target when writing one (the CPT
/// code of a diagnostic medial branch block for a suggestion).
/// </summary>
public sealed class CodeMap
{
    private readonly FrozenDictionary<(string System, string Code), CodeMapEntry> _byCode;
    private readonly FrozenDictionary<(CodeTargetKind Kind, string Id), CodeMapEntry[]> _byTarget;

    /// <summary>Creates an indexed map. Each (system, code) must occur once; the loader guarantees it.</summary>
    /// <param name="entries">The entries, in knowledge order.</param>
    /// <exception cref="ArgumentException">A (system, code) occurs twice.</exception>
    public CodeMap(IEnumerable<CodeMapEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries.ToArray();
        _byCode = Entries.ToFrozenDictionary(e => (e.System, e.Code));
        _byTarget = Entries
            .SelectMany(e => e.Targets.Select(t => (Key: (t.Kind, t.Id), Entry: e)))
            .GroupBy(x => x.Key)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Entry).OrderByDescending(e => e.Preferred).ToArray());
    }

    /// <summary>An empty map (knowledge without code-map files).</summary>
    public static CodeMap Empty { get; } = new([]);

    /// <summary>Every entry, in knowledge order.</summary>
    public IReadOnlyList<CodeMapEntry> Entries { get; }

    /// <summary>The entry of a code, or <see langword="null"/> when the map does not hold it.</summary>
    /// <param name="system">FHIR system URI.</param>
    /// <param name="code">The code.</param>
    public CodeMapEntry? Find(string system, string code)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(code);
        return _byCode.GetValueOrDefault((system, code));
    }

    /// <summary>
    /// The entries that map to a target, the preferred one first, then in knowledge order: every one when <paramref name="emittableOnly"/> is false,
    /// otherwise only those that may be written (not deleted, not parent codes).
    /// </summary>
    /// <param name="kind">Condition, intervention, finding or flag.</param>
    /// <param name="id">Its id or key.</param>
    /// <param name="emittableOnly">True to leave out codes accepted on input only.</param>
    public IReadOnlyList<CodeMapEntry> For(CodeTargetKind kind, string id, bool emittableOnly = true)
    {
        ArgumentNullException.ThrowIfNull(id);
        var all = _byTarget.GetValueOrDefault((kind, id)) ?? [];
        return emittableOnly ? all.Where(e => e.Emittable).ToArray() : all;
    }

    /// <summary>
    /// The code to write for an intervention (and variant) in <paramref name="system"/>: the first emittable entry whose
    /// target names exactly that variant, else one whose target names no variant; <see langword="null"/> when none.
    /// </summary>
    /// <param name="intervention">Intervention id, e.g. <c>medial-branch-block</c>.</param>
    /// <param name="variant">Variant id, or <see langword="null"/>.</param>
    /// <param name="system">FHIR system URI, e.g. <see cref="CodeSystems.Cpt"/>.</param>
    public CodeMapEntry? CodeForIntervention(string intervention, string? variant, string system)
    {
        var candidates = For(CodeTargetKind.Intervention, intervention).Where(e => e.System == system).ToList();
        bool Names(CodeMapEntry e, string? v) => e.Targets.Any(t => t.Kind == CodeTargetKind.Intervention && t.Id == intervention && t.Variant == v);
        return candidates.FirstOrDefault(e => Names(e, variant)) ?? candidates.FirstOrDefault(e => Names(e, null));
    }
}
