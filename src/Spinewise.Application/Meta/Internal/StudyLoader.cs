using System.Globalization;
using Spinewise.Application.Meta.Contracts;
using Spinewise.Evidence.Data;
using Spinewise.Evidence.EffectSizes;

namespace Spinewise.Application.Meta.Internal;

/// <summary>Loads yi/vi: from escalc on raw columns when <c>measure</c> is given, otherwise from yi/vi columns.</summary>
internal sealed class StudyLoader
{
    private static readonly string[] LabelColumns = ["label", "author", "study", "trial", "id"];

    private readonly OptionReader _options;
    private readonly EffectMeasure? _measure;
    private readonly EscalcOptions? _escalc;

    /// <summary>Reads the options (before the rows are read); invalid ones become diagnostics.</summary>
    public StudyLoader(OptionReader options)
    {
        _options = options;
        _measure = options.Enum<EffectMeasure>("measure");
        if (options.Text("measure") is not null) _escalc = EscalcInput.Options(options);
    }

    /// <summary>The settings echoed: the source and where yi/vi came from (set by <see cref="Load"/>).</summary>
    public StudyEcho Echo { get; private set; } = new("input", null, null, null);

    /// <summary>Reads the rows and yi/vi; null with diagnostics when the data are invalid.</summary>
    /// <exception cref="CsvDataException">The rows cannot be read, a column is missing or a cell is not a number.</exception>
    public StudyData? Load(MetaRows rows)
    {
        var table = Read(rows);
        var diagnostics = _options.Diagnostics;
        var labels = Labels(table);
        if (_measure is { } measure && _escalc is not null)
        {
            var (data, columns) = EscalcInput.Data(_options, table, measure);
            var result = Escalc.Compute(measure, data, _escalc);
            if (!EscalcInput.Check(diagnostics, table, result.Diagnostics, columns)) return null;
            Echo = new(table.Source, EscalcInput.Settings(_escalc, measure, columns), null, null);
            if (!CheckRange(diagnostics, table, result.Yi, result.Vi, $"yi (escalc {measure})", $"vi (escalc {measure})")) return null;
            return new StudyData(table, labels, [.. result.Yi], [.. result.Vi], measure);
        }

        var yiName = _options.Text("yi") ?? "yi";
        var viName = _options.Text("vi") ?? "vi";
        if (!table.HasColumn(yiName) || !table.HasColumn(viName))
        {
            var missing = table.HasColumn(yiName) ? viName : yiName;
            throw new CsvDataException(table.Source, null, missing,
                "missing column: give --measure M with raw columns (ai, bi, ci, di, ...), or yi/vi columns (map them with --yi/--vi)");
        }

        var parsed = table.Numeric([yiName, viName]);
        var (yi, vi) = (parsed[0], parsed[1]);
        for (int i = 0; i < vi.Length; i++)
        {
            if (vi[i] < 0)
            {
                diagnostics.Cell(MetaDiagnosticCodes.InvalidCell, table, i + 1, viName, $"negative sampling variance {vi[i].ToString(CultureInfo.CurrentCulture)}");
                return null;
            }
        }

        Echo = new(table.Source, null, yiName, viName);
        return CheckRange(diagnostics, table, yi, vi, yiName, viName) ? new StudyData(table, labels, yi, vi, null) : null;
    }

    /// <summary>Reads the rows; a header without rows is bad input.</summary>
    public static CsvTable Read(MetaRows rows)
    {
        var table = rows.Read();
        if (table.RowCount == 0) throw new CsvDataException(table.Source, null, null, "the file has a header but no rows");
        return table;
    }

    /// <summary>
    /// yi and vi must be finite and yi² must not overflow (1e308 would turn every sum of squares into Inf): the first
    /// row that breaks this is named. Missing values (NaN) stay, to be dropped as metafor drops them.
    /// </summary>
    private static bool CheckRange(MetaDiagnostics diagnostics, CsvTable table, IReadOnlyList<double> yi, IReadOnlyList<double> vi, string yiName, string viName)
    {
        for (int i = 0; i < yi.Count; i++)
        {
            if (double.IsInfinity(yi[i]) || double.IsInfinity(yi[i] * yi[i]))
            {
                diagnostics.Cell(MetaDiagnosticCodes.InvalidCell, table, i + 1, yiName, $"effect size {Text(yi[i])} is out of range (it must be finite and its square must fit in a double)");
                return false;
            }

            if (double.IsInfinity(vi[i]))
            {
                diagnostics.Cell(MetaDiagnosticCodes.InvalidCell, table, i + 1, viName, $"sampling variance {Text(vi[i])} is not finite");
                return false;
            }
        }

        return true;

        static string Text(double x) => x.ToString("R", CultureInfo.InvariantCulture);
    }

    private StudyLabels Labels(CsvTable table)
    {
        var name = _options.Text("label");
        if (name is not null && !table.HasColumn(name)) throw new CsvDataException(table.Source, null, name, "missing column (given with --label)");
        name ??= LabelColumns.FirstOrDefault(table.HasColumn);
        var cells = name is null ? null : table.Text(name);
        return new StudyLabels(table.RowCount, cells);
    }
}
