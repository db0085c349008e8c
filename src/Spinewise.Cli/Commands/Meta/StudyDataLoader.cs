using System.CommandLine;
using Spinewise.Evidence.Data;
using Spinewise.Evidence.EffectSizes;

namespace Spinewise.Cli.Commands.Meta;

/// <summary>Loads yi/vi: from escalc on raw columns when <c>--measure</c> is given, otherwise from yi/vi columns.</summary>
internal sealed class StudyDataLoader
{
    private static readonly string[] LabelColumns = ["label", "author", "study", "trial", "id"];

    public StudyDataLoader(string measureHelp = "Compute yi/vi with escalc from raw columns (RR, OR, RD, SMD, ...); without it, yi/vi columns are read.")
    {
        Escalc = new EscalcOptionSet(measureRequired: false, measureHelp);
    }

    public Argument<string> File { get; } = new("DATA") { Description = "CSV file, one study per row, with a header row." };

    public EscalcOptionSet Escalc { get; }

    public Option<string?> YiColumn { get; } = new("--yi") { Description = "Column of effect sizes when --measure is not given (default yi).", HelpName = "COLUMN" };

    public Option<string?> ViColumn { get; } = new("--vi") { Description = "Column of sampling variances when --measure is not given (default vi).", HelpName = "COLUMN" };

    public Option<string?> LabelColumn { get; } = new("--label") { Description = "Column of study labels (default: the first of label, author, study, trial, id).", HelpName = "COLUMN" };

    public void AddTo(Command command)
    {
        command.Arguments.Add(File);
        Escalc.AddTo(command);
        command.Options.Add(YiColumn);
        command.Options.Add(ViColumn);
        command.Options.Add(LabelColumn);
    }

    public StudyData Load(ParseResult parse)
    {
        var table = CsvReader.ReadFile(parse.GetValue(File)!);
        if (table.RowCount == 0) throw new CsvDataException(table.Source, null, null, "the file has a header but no rows");
        var labels = Labels(parse, table);
        var settings = new Dictionary<string, object?> { ["file"] = table.Source };
        if (parse.GetValue(Escalc.Measure) is { } m)
        {
            var measure = EscalcOptionSet.ParseMeasure(m);
            var options = Escalc.Options(parse);
            var (data, columns) = Escalc.Data(parse, table, measure);
            var result = Evidence.EffectSizes.Escalc.Compute(measure, data, options);
            EscalcOptionSet.Check(table, result.Diagnostics, columns);
            settings["escalc"] = EscalcOptionSet.Settings(options, measure, columns);
            CheckRange(table, result.Yi, result.Vi, $"yi (escalc {measure})", $"vi (escalc {measure})");
            return new StudyData(table, labels, [.. result.Yi], [.. result.Vi], measure, settings);
        }

        var yiName = parse.GetValue(YiColumn) ?? "yi";
        var viName = parse.GetValue(ViColumn) ?? "vi";
        if (!table.HasColumn(yiName) || !table.HasColumn(viName))
        {
            var missing = table.HasColumn(yiName) ? viName : yiName;
            throw new CsvDataException(table.Source, null, missing,
                "missing column: give --measure M with raw columns (ai, bi, ci, di, ...), or yi/vi columns (map them with --yi/--vi)");
        }

        var yi = table.Numeric(yiName);
        var vi = table.Numeric(viName);
        for (int i = 0; i < vi.Length; i++)
        {
            if (vi[i] < 0) throw new CsvDataException(table.Source, i + 1, viName, $"negative sampling variance {vi[i]}");
        }

        CheckRange(table, yi, vi, yiName, viName);
        settings["yi"] = yiName;
        settings["vi"] = viName;
        return new StudyData(table, labels, yi, vi, null, settings);
    }

    /// <summary>
    /// yi and vi must be finite and yi² must not overflow (1e308 would turn every sum of squares into Inf): the first
    /// row that breaks this is named. Missing values (NaN) stay, to be dropped as metafor drops them.
    /// </summary>
    private static void CheckRange(CsvTable table, IReadOnlyList<double> yi, IReadOnlyList<double> vi, string yiName, string viName)
    {
        for (int i = 0; i < yi.Count; i++)
        {
            if (double.IsInfinity(yi[i]) || double.IsInfinity(yi[i] * yi[i]))
                throw new CsvDataException(table.Source, i + 1, yiName, $"effect size {Text(yi[i])} is out of range (it must be finite and its square must fit in a double)");
            if (double.IsInfinity(vi[i]))
                throw new CsvDataException(table.Source, i + 1, viName, $"sampling variance {Text(vi[i])} is not finite");
        }

        static string Text(double x) => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
    }

    private List<string> Labels(ParseResult parse, CsvTable table)
    {
        var name = parse.GetValue(LabelColumn);
        if (name is not null && !table.HasColumn(name)) throw new CsvDataException(table.Source, null, name, "missing column (given with --label)");
        name ??= LabelColumns.FirstOrDefault(table.HasColumn);
        var cells = name is null ? null : table.Text(name);
        return [.. Enumerable.Range(0, table.RowCount).Select(i => cells?[i] ?? $"Study {i + 1}")];
    }
}
