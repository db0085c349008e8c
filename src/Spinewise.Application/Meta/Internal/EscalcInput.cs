using Spinewise.Application.Meta.Contracts;
using Spinewise.Evidence.Common;
using Spinewise.Evidence.Data;
using Spinewise.Evidence.EffectSizes;

namespace Spinewise.Application.Meta.Internal;

/// <summary>escalc's options (measure, zero cells, vtype) and the column mapping <c>ai=COLUMN</c> etc.</summary>
internal static class EscalcInput
{
    public static EscalcOptions? Options(OptionReader r, bool? drop00Default = null)
    {
        var to = r.Enum<ZeroCellRule>("to") ?? ZeroCellRule.Only0;
        var vtype = r.Enum<VarianceType>("vtype") ?? VarianceType.LS;
        if (vtype is not (VarianceType.LS or VarianceType.UB))
        {
            r.Invalid("vtype", $"{vtype} is not supported (use LS or UB)");
            return null;
        }

        return new EscalcOptions { Add = r.Number("add"), To = to, Drop00 = r.Flag("drop00") ?? drop00Default ?? false, VType = vtype };
    }

    /// <summary>Reads the columns the measure needs; returns the data and the mapping used (metafor argument → CSV column).</summary>
    /// <exception cref="CsvDataException">A column is missing or a cell is not a number (turned into a diagnostic by the caller).</exception>
    public static (EscalcData Data, Dictionary<string, string> Columns) Data(OptionReader r, CsvTable table, EffectMeasure measure)
    {
        var data = new EscalcData();
        var used = new Dictionary<string, string>();
        var wanted = new List<(string Arg, string Column)>();
        string[]? missing = null;
        foreach (var alternatives in MeasureColumns.Required(measure))
        {
            bool found = false;
            foreach (var arg in alternatives)
            {
                var mapped = r.Text(arg);
                var column = mapped ?? arg;
                if (mapped is null && !table.HasColumn(column)) continue;
                wanted.Add((arg, column));
                found = true;
            }

            if (!found)
            {
                missing = alternatives;
                break;
            }
        }

        var parsed = table.Numeric([.. wanted.Select(w => w.Column)]);
        for (int i = 0; i < wanted.Count; i++)
        {
            data = MeasureColumns.Set(data, wanted[i].Arg, parsed[i]);
            used[wanted[i].Arg] = wanted[i].Column;
        }

        if (missing is not null)
        {
            var names = string.Join(" or ", missing.Select(a => $"'{a}'"));
            throw new CsvDataException(table.Source, null, missing[0],
                $"missing column: measure {measure} needs {names} (name a column so, or map one with --{missing[0]} COLUMN)");
        }

        return (data, used);
    }

    /// <summary>escalc's data diagnostics (negative counts, n ≤ 0, ...), naming row and CSV column.</summary>
    public static bool Check(MetaDiagnostics diagnostics, CsvTable table, IReadOnlyList<DataDiagnostic> found, IReadOnlyDictionary<string, string> columns)
    {
        foreach (var d in found)
        {
            var column = columns.TryGetValue(d.Column, out var c) ? c : d.Column;
            diagnostics.Cell(MetaDiagnosticCodes.InvalidCell, table, d.Row >= 0 ? d.Row + 1 : null, column, d.Message, column == d.Column ? null : d.Column);
        }

        return found.Count == 0;
    }

    public static EscalcSettings Settings(EscalcOptions options, EffectMeasure measure, IReadOnlyDictionary<string, string> columns) => new()
    {
        Measure = measure.ToString(),
        Columns = columns,
        Add = DefaultAdd(options, measure),
        To = options.To.ToString().ToLowerInvariant(),
        Drop00 = options.Drop00,
        VType = options.VType.ToString(),
    };

    public static double DefaultAdd(EscalcOptions options, EffectMeasure measure) =>
        options.Add ?? (measure is EffectMeasure.AS or EffectMeasure.PAS or EffectMeasure.PFT ? 0.0 : 0.5);
}
