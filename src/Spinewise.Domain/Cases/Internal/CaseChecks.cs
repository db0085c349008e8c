using Spinewise.Domain.Diagnostics;
using Spinewise.Domain.Text;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Domain.Cases.Internal;

/// <summary>The checks of <see cref="CaseValidator"/> on the fields of a draft; each reports at the field's location.</summary>
internal sealed class CaseChecks(string file, CaseDiagnosticList diagnostics)
{
    private static readonly string[] FindingKeys = [.. CaseFacts.Findings.Select(f => f.Key)];
    private static readonly string[] FlagKeys = [.. CaseFacts.Flags.Select(f => f.Key)];

    /// <summary>Where a field was given, or its path in the case format when the draft does not say.</summary>
    public DiagnosticLocation At<T>(Located<T> field, string path) => field.Location ?? new DiagnosticLocation(file, path);

    public double? Number(Located<double>? field, string path, double minimum, double maximum, bool wholeNumber, string unit)
    {
        if (field is not { } given)
        {
            return null;
        }

        var value = given.Value;
        string Range() => $"{CaseValidator.Format(minimum)} to {CaseValidator.Format(maximum)}{(unit.Length > 0 ? " " + unit : string.Empty)}";
        if (!double.IsFinite(value) || value < minimum || value > maximum)
        {
            diagnostics.Add(CaseDiagnosticCodes.OutOfRange, At(given, path),
                $"{(double.IsFinite(value) ? CaseValidator.Format(value) : "the number")} is out of range: expected {Range()}");
            return null;
        }

        if (wholeNumber && Math.Floor(value) != value)
        {
            diagnostics.Add(CaseDiagnosticCodes.WrongType, At(given, path), $"expected a whole number ({Range()}) but found {CaseValidator.Format(value)}");
            return null;
        }

        return value;
    }

    /// <summary>An id of a known set, suggesting the nearest known ids when it is not one.</summary>
    public string? Id(Located<string> field, string path, string what, IReadOnlyCollection<string> known)
    {
        if (known.Contains(field.Value))
        {
            return field.Value;
        }

        var message = diagnostics.Saturated(CaseDiagnosticCodes.UnknownId)
            ? string.Empty
            : $"unknown {what} '{field.Value}'{NearestMatch.Hint(field.Value, known)}";
        diagnostics.Add(CaseDiagnosticCodes.UnknownId, At(field, path), message);
        return null;
    }

    /// <summary>The known, distinct ids of a list, each with where it was given.</summary>
    public List<(DiagnosticLocation At, string Value)> IdList(IReadOnlyList<Located<string>> list, string path, string what, HashSet<string> known)
    {
        ArgumentNullException.ThrowIfNull(list);
        var result = new List<(DiagnosticLocation, string)>();
        for (var i = 0; i < list.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (Id(list[i], itemPath, what, known) is not { } id)
            {
                continue;
            }

            if (result.Any(r => r.Item2 == id))
            {
                diagnostics.Add(CaseDiagnosticCodes.Duplicate, At(list[i], itemPath), $"{what} '{id}' is listed twice");
                continue;
            }

            result.Add((At(list[i], itemPath), id));
        }

        return result;
    }

    public Dictionary<string, double> Findings(IReadOnlyDictionary<string, Located<double>> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, given) in findings)
        {
            var path = $"$.findings.{key}";
            if (CaseFacts.FindFinding(key) is not { } definition)
            {
                UnknownKey(key, At(given, path), FindingKeys);
            }
            else if (Number(given, path, definition.Minimum, definition.Maximum, definition.WholeNumber, definition.Unit) is { } valid)
            {
                map[key] = valid;
            }
        }

        return map;
    }

    public Dictionary<string, bool> Flags(IReadOnlyDictionary<string, Located<bool>> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var map = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (key, given) in flags)
        {
            if (CaseFacts.FindFlag(key) is null)
            {
                UnknownKey(key, At(given, $"$.flags.{key}"), FlagKeys);
            }
            else
            {
                map[key] = given.Value;
            }
        }

        return map;
    }

    public List<HistoryEntry> History(IReadOnlyList<HistoryDraft> entries, KnowledgeBase kb, HashSet<string> interventions, Located<DateOnly>? asOf)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var history = new List<HistoryEntry>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i] ?? throw new ArgumentException($"history entry {i} is null", nameof(entries));
            var path = $"$.history[{i}]";
            string? intervention = null;
            var entryAt = entry.Location ?? new DiagnosticLocation(file, path);
            var missingAt = entryAt.WithPath(entryAt.Path + ".intervention");
            if (entry.Intervention is not { } given)
            {
                if (!diagnostics.ReportedAt(missingAt.Path))
                {
                    diagnostics.Add(CaseDiagnosticCodes.MissingField, missingAt, "required key 'intervention' is missing");
                }
            }
            else
            {
                intervention = Id(given, path + ".intervention", "intervention", interventions);
            }

            string? variant = null;
            if (entry.Variant is { } givenVariant && intervention is not null)
            {
                var variants = kb.FindIntervention(new InterventionId(intervention))!.Variants.Select(x => x.Id).ToList();
                variant = Id(givenVariant, path + ".variant", $"variant of {intervention}", variants);
            }

            if (entry.Date is { } date && asOf is { } caseDate && date.Value > caseDate.Value)
            {
                diagnostics.Add(CaseDiagnosticCodes.Contradiction, At(date, path + ".date"), $"{date.Value:yyyy-MM-dd} is after the case date asOf {caseDate.Value:yyyy-MM-dd}");
            }

            var months = Number(entry.Months, path + ".months", CaseFacts.HistoryMonthsRange.Minimum, CaseFacts.HistoryMonthsRange.Maximum, false, "months");
            var relief = Number(entry.ReliefPercent, path + ".reliefPercent", CaseFacts.ReliefPercentRange.Minimum, CaseFacts.ReliefPercentRange.Maximum, false, "%");
            if (intervention is not null)
            {
                history.Add(new HistoryEntry(new InterventionId(intervention), variant, entry.Date?.Value, months, entry.Outcome?.Value, relief));
            }
        }

        return history;
    }

    private void UnknownKey(string key, DiagnosticLocation at, string[] allowed) =>
        diagnostics.Add(CaseDiagnosticCodes.UnknownKey, at,
            diagnostics.Saturated(CaseDiagnosticCodes.UnknownKey) ? string.Empty : $"unknown key '{key}'{NearestMatch.Hint(key, allowed, 1, $"; allowed: {string.Join(", ", allowed)}")}");
}
