using System.Globalization;
using Spinewise.Evidence.Common;
using Spinewise.Evidence.Data;
using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Network;

namespace Spinewise.Application.Meta.Internal;

/// <summary>The options of a network run (read before the rows) and the arm rows built from the table.</summary>
internal sealed class NetworkInput
{
    private static readonly EffectMeasure[] Binary = [EffectMeasure.OR, EffectMeasure.RR, EffectMeasure.RD, EffectMeasure.AS];
    private static readonly EffectMeasure[] Continuous = [EffectMeasure.MD, EffectMeasure.SMD, EffectMeasure.ROM];

    private readonly Dictionary<string, string> _columns = new(StringComparer.Ordinal);

    public NetworkInput(OptionReader options)
    {
        StudyColumn = options.Text("study") ?? "study";
        TreatmentColumn = options.Text("treatment") ?? "treatment";
        var model = options.Choice("model", "consistency", "inconsistency", "arm") ?? "consistency";
        ModelName = model;
        SmallValues = options.Choice("small-values", "good", "bad") ?? "good";
        var o = new NetworkOptions
        {
            Model = model == "arm" ? NetworkModel.ArmBased : NetworkModel.Consistency,
            SmallerIsBetter = SmallValues == "good",
            Reference = options.Text("reference"),
        };
        if (options.Enum<TauSquaredEstimator>("method") is { } m)
        {
            if (m is TauSquaredEstimator.REML or TauSquaredEstimator.ML or TauSquaredEstimator.EE or TauSquaredEstimator.FE) o = o with { Method = m };
            else options.Invalid("method", $"network models estimate by REML, ML or EE (FE), not {m}");
        }

        if (options.LevelPercent("level") is { } l) o = o with { Level = l };
        ModeratorColumn = options.Text("moderator");
        SubgroupColumn = options.Text("subgroup");
        if (ModeratorColumn is not null && SubgroupColumn is not null) options.Conflict("subgroup", "give --moderator (meta-regression) or --subgroup (a network per subgroup), not both");
        if (ModeratorColumn is not null && model == "arm") options.Conflict("moderator", "network meta-regression is fitted on the contrast-based model; leave out --model arm");
        bool estimates = options.Text("yi") is not null || options.Text("sei") is not null;
        if (estimates)
        {
            if (options.Text("measure") is not null) options.Conflict("measure", "give --measure M (arms with counts or means) or --yi/--sei (arm estimates), not both");
            _columns["yi"] = options.Text("yi") ?? "yi";
            _columns["sei"] = options.Text("sei") ?? "sei";
            if (options.Text("ni") is { } n) _columns["ni"] = n;
        }
        else
        {
            var measure = options.Enum<EffectMeasure>("measure") ?? EffectMeasure.MD;
            if (Binary.Contains(measure)) Map(options, "xi", "ni");
            else if (Continuous.Contains(measure)) Map(options, "mi", "sdi", "ni");
            else options.Invalid("measure", $"network arms give {string.Join(", ", Binary.Concat(Continuous))}, not {measure} (or give arm estimates with --yi/--sei)");
            Measure = measure;
            o = o with { Measure = measure };
        }

        Options = o;
    }

    public string StudyColumn { get; }

    public string TreatmentColumn { get; }

    public string ModelName { get; }

    public string SmallValues { get; }

    public EffectMeasure? Measure { get; }

    public NetworkOptions Options { get; }

    public IReadOnlyDictionary<string, string> Columns => _columns;

    /// <summary>The column of the study-level subgroup, or null.</summary>
    public string? SubgroupColumn { get; }

    /// <summary>
    /// Study → subgroup from <see cref="SubgroupColumn"/> (null without one): a non-empty text, the same on every arm of a
    /// study (a cell that is empty or differs from the study's first arm is named).
    /// </summary>
    public Dictionary<string, string>? SubgroupOfStudy(CsvTable table, MetaDiagnostics diagnostics) =>
        SubgroupColumn is { } column ? LevelOfStudy(table, column, "subgroup", diagnostics) : null;

    /// <summary>The study-level moderator as given (a column, or <c>factor(COL)</c>), or null.</summary>
    public string? ModeratorColumn { get; }

    /// <summary>The moderator's column (<see cref="ModeratorColumn"/> without <c>factor( )</c>), or null.</summary>
    private string? ModeratorName => ModeratorColumn is { } m && m.StartsWith("factor(", StringComparison.Ordinal) && m.EndsWith(')') ? m[7..^1] : ModeratorColumn;

    /// <summary>
    /// <see cref="Options"/> with the moderator read from <see cref="ModeratorColumn"/>, the same on every arm of a study
    /// (a cell that is missing or differs from the study's first arm is named): numeric when every cell is a number,
    /// categorical when the column holds text or is named as <c>factor(COL)</c> (levels in ordinal order, the first the
    /// reference).
    /// </summary>
    public NetworkOptions WithModerator(CsvTable table, MetaDiagnostics diagnostics)
    {
        if (ModeratorName is not { } column) return Options;
        if (column != ModeratorColumn || !table.IsNumeric(column))
        {
            return Options with { Moderator = NetworkModerator.Categorical(column, LevelOfStudy(table, column, "moderator", diagnostics)) };
        }

        var values = table.Numeric(column);
        var byStudy = OfStudy(table, column, "moderator", "a finite number", i => (double.IsFinite(values[i]), values[i]),
            v => v.ToString("R", CultureInfo.InvariantCulture), diagnostics);
        return Options with { Moderator = new NetworkModerator(column, byStudy) };
    }

    /// <summary>
    /// Study → a study-level label from <paramref name="column"/>: a non-empty text other than <c>NA</c>, the same on every
    /// arm of a study (a cell that is empty or differs from the study's first arm is named).
    /// </summary>
    private Dictionary<string, string> LevelOfStudy(CsvTable table, string column, string noun, MetaDiagnostics diagnostics)
    {
        var values = table.Text(column);
        return OfStudy(table, column, noun, "its study's " + noun, i => values[i]?.Trim() is { Length: > 0 } v && v != "NA" ? (true, v) : (false, ""),
            v => $"'{v}'", diagnostics);
    }

    /// <summary>
    /// Study → its value of a study-level column, read by <paramref name="cell"/> for each row: every arm needs one
    /// (<paramref name="need"/> says what), the same on every arm of a study; each cell that is missing or differs from
    /// the study's first arm is named with its row and column.
    /// </summary>
    private Dictionary<string, T> OfStudy<T>(
        CsvTable table, string column, string noun, string need, Func<int, (bool Present, T Value)> cell, Func<T, string> show, MetaDiagnostics diagnostics)
        where T : IEquatable<T>
    {
        var study = table.Text(StudyColumn);
        var byStudy = new Dictionary<string, (T Value, int Row)>(StringComparer.Ordinal);
        for (int i = 0; i < table.RowCount; i++)
        {
            var name = study[i]?.Trim() ?? "";
            var (present, value) = cell(i);
            if (!present)
            {
                diagnostics.Cell(MetaDiagnosticCodes.InvalidCell, table, i + 1, column, $"every arm needs {need} (study '{name}')");
            }
            else if (byStudy.TryGetValue(name, out var first) && !first.Value.Equals(value))
            {
                diagnostics.Cell(MetaDiagnosticCodes.InvalidCell, table, i + 1, column,
                    $"a {noun} must be the same on every arm of a study: study '{name}' has {show(first.Value)} on row {first.Row + 1} and {show(value)} here");
            }
            else
            {
                byStudy.TryAdd(name, (value, i));
            }
        }

        return byStudy.ToDictionary(p => p.Key, p => p.Value.Value, StringComparer.Ordinal);
    }

    /// <summary>One arm row per table row (0-based index = data row - 1).</summary>
    /// <exception cref="CsvDataException">A column is missing or a cell is not a number.</exception>
    public List<NetworkArmRow> Arms(CsvTable table)
    {
        var study = table.Text(StudyColumn);
        var treatment = table.Text(TreatmentColumn);
        var values = _columns.ToDictionary(c => c.Key, c => table.Numeric(c.Value));
        double? Cell(string key, int i) => values.TryGetValue(key, out var v) && !double.IsNaN(v[i]) ? v[i] : null;
        var arms = new List<NetworkArmRow>(table.RowCount);
        for (int i = 0; i < table.RowCount; i++)
        {
            arms.Add(new NetworkArmRow(study[i]?.Trim() ?? "", treatment[i]?.Trim() ?? "")
            {
                Events = Cell("xi", i), N = Cell("ni", i), Mean = Cell("mi", i), Sd = Cell("sdi", i), Yi = Cell("yi", i), Se = Cell("sei", i),
            });
        }

        return arms;
    }

    /// <summary>Translates an engine diagnostic: a row becomes the data row, a field the column it was read from.</summary>
    public void Report(MetaDiagnostics diagnostics, CsvTable table, DataDiagnostic d)
    {
        var column = d.Column switch
        {
            "study" => StudyColumn,
            "treatment" when d.Row >= 0 => TreatmentColumn,
            "events" or "xi" => _columns.GetValueOrDefault("xi"),
            "n" or "ni" => _columns.GetValueOrDefault("ni"),
            "mean" or "mi" => _columns.GetValueOrDefault("mi"),
            "sd" or "sdi" => _columns.GetValueOrDefault("sdi"),
            "yi" => _columns.GetValueOrDefault("yi"),
            "se" or "sei" => _columns.GetValueOrDefault("sei"),
            _ when ModeratorColumn is not null && d.Column == ModeratorName => ModeratorName,
            _ => null,
        };
        if (d.Code == NetworkDiagnostics.UnknownTreatment && d.Row < 0) diagnostics.Option(MetaDiagnosticCodes.InvalidOption, "reference", d.Message);
        else if (d.Code == NetworkDiagnostics.InvalidOption) diagnostics.Analysis(d.Message);
        else if (d.Row < 0 && column is null)
        {
            diagnostics.Add(new MetaDiagnostic(MetaDiagnosticCodes.CannotAnalyse, d.Message, Source: table.Source));
        }
        else
        {
            diagnostics.Cell(MetaDiagnosticCodes.InvalidCell, table, d.Row >= 0 ? d.Row + 1 : null, column, d.Message);
        }
    }

    private void Map(OptionReader options, params string[] arguments)
    {
        foreach (var a in arguments) _columns[a] = options.Text(a) ?? a;
    }
}
