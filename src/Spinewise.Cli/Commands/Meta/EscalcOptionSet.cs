using System.CommandLine;
using Spinewise.Evidence.Common;
using Spinewise.Evidence.Data;
using Spinewise.Evidence.EffectSizes;

namespace Spinewise.Cli.Commands.Meta;

/// <summary>escalc's options (measure, zero cells, vtype) and the column mapping <c>--ai COLUMN</c> etc.</summary>
internal sealed class EscalcOptionSet
{
    private readonly Dictionary<string, Option<string?>> _columns;

    /// <param name="measureRequired">Whether --measure must be given.</param>
    /// <param name="measureHelp">Help text of --measure.</param>
    /// <param name="measures">The measures the verb accepts (null: all); only their columns get a mapping option.</param>
    public EscalcOptionSet(bool measureRequired, string measureHelp, IReadOnlyList<EffectMeasure>? measures = null)
    {
        Measure = new Option<string?>("--measure") { Description = measureHelp, HelpName = "M", Required = measureRequired };
        var used = measures?.SelectMany(MeasureColumns.Required).SelectMany(a => a).ToHashSet();
        _columns = MeasureColumns.All.Where(a => used is null || used.Contains(a)).ToDictionary(
            a => a, a => new Option<string?>($"--{a}") { Description = $"CSV column holding metafor's {a} (default: a column named {a}).", HelpName = "COLUMN" });
    }

    public Option<string?> Measure { get; }

    public Option<double?> Add { get; } = OptionParsing.Number("--add", "Zero-cell correction (metafor add; default 1/2, 0 for AS/PAS/PFT).");

    public Option<string?> To { get; } = new("--to") { Description = "Where add applies: only0 (default), all, if0all, none.", HelpName = "RULE" };

    public Option<bool?> Drop00 { get; } = OptionParsing.Flag("--drop00", "Set double-zero (or double-all) tables to missing (true|false).");

    public Option<string?> VType { get; } = new("--vtype") { Description = "Sampling-variance type: LS (default) or UB.", HelpName = "V" };

    public void AddTo(Command command, bool zeroCellOptions = true, bool vtype = true)
    {
        command.Options.Add(Measure);
        if (zeroCellOptions)
        {
            command.Options.Add(Add);
            command.Options.Add(To);
            command.Options.Add(Drop00);
        }

        if (vtype)
        {
            command.Options.Add(VType);
        }

        foreach (var option in _columns.Values)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The CSV column mapped to a metafor argument with <c>--ARG COLUMN</c>, or null.</summary>
    public string? Column(ParseResult parse, string arg) => _columns.TryGetValue(arg, out var option) ? parse.GetValue(option) : null;

    public static EffectMeasure ParseMeasure(string value) => OptionParsing.Enum<EffectMeasure>("--measure", value);

    public EscalcOptions Options(ParseResult parse, bool? drop00Default = null)
    {
        var to = parse.GetValue(To) is { } t ? OptionParsing.Enum<ZeroCellRule>("--to", t) : ZeroCellRule.Only0;
        var vtype = parse.GetValue(VType) is { } v ? OptionParsing.Enum<VarianceType>("--vtype", v) : VarianceType.LS;
        if (vtype is not (VarianceType.LS or VarianceType.UB)) throw new MetaInputException($"--vtype: {vtype} is not supported (use LS or UB)");
        return new EscalcOptions { Add = parse.GetValue(Add), To = to, Drop00 = parse.GetValue(Drop00) ?? drop00Default ?? false, VType = vtype };
    }

    /// <summary>Reads the columns the measure needs; returns the data and the mapping used (metafor argument → CSV column).</summary>
    public (EscalcData Data, Dictionary<string, string> Columns) Data(ParseResult parse, CsvTable table, EffectMeasure measure)
    {
        var data = new EscalcData();
        var used = new Dictionary<string, string>();
        foreach (var alternatives in MeasureColumns.Required(measure))
        {
            bool found = false;
            foreach (var arg in alternatives)
            {
                var mapped = parse.GetValue(_columns[arg]);
                var column = mapped ?? arg;
                if (mapped is null && !table.HasColumn(column)) continue;
                data = MeasureColumns.Set(data, arg, table.Numeric(column));
                used[arg] = column;
                found = true;
            }

            if (!found)
            {
                var names = string.Join(" or ", alternatives.Select(a => $"'{a}'"));
                throw new CsvDataException(table.Source, null, alternatives[0],
                    $"missing column: measure {measure} needs {names} (name a column so, or map one with --{alternatives[0]} COLUMN)");
            }
        }

        return (data, used);
    }

    /// <summary>Throws for escalc's data diagnostics (negative counts, n ≤ 0, ...), naming row and CSV column.</summary>
    public static void Check(CsvTable table, IReadOnlyList<DataDiagnostic> diagnostics, IReadOnlyDictionary<string, string> columns)
    {
        if (diagnostics.Count == 0) return;
        var lines = diagnostics.Select(d =>
        {
            var column = columns.TryGetValue(d.Column, out var c) ? c : d.Column;
            var where = d.Row >= 0 ? $"row {d.Row + 1} (line {d.Row + 2}), " : "";
            var arg = column == d.Column ? "" : $" ({d.Column})";
            return $"{table.Source}, {where}column '{column}'{arg}: {d.Message}";
        });
        throw new MetaInputException("invalid data\n  " + string.Join("\n  ", lines));
    }

    public static Dictionary<string, object?> Settings(EscalcOptions options, EffectMeasure measure, IReadOnlyDictionary<string, string> columns) => new()
    {
        ["measure"] = measure.ToString(),
        ["columns"] = columns,
        ["add"] = options.Add ?? (measure is EffectMeasure.AS or EffectMeasure.PAS or EffectMeasure.PFT ? 0.0 : 0.5),
        ["to"] = options.To.ToString().ToLowerInvariant(),
        ["drop00"] = options.Drop00,
        ["vtype"] = options.VType.ToString(),
    };
}
