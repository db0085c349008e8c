using System.Globalization;
using Spinewise.Evidence.Data;
using Spinewise.Evidence.Models;

namespace Spinewise.Application.Meta.Internal;

/// <summary>rma.uni's options (method, test, level, weights, control) read from a request, and the moderators.</summary>
internal sealed class ModelInput
{
    private readonly OptionReader _options;
    private readonly RmaOptions _base;

    /// <summary>Reads the options that need no data (before the rows are read).</summary>
    public ModelInput(OptionReader options)
    {
        _options = options;
        var o = new RmaOptions();
        if (options.Enum<TauSquaredEstimator>("method") is { } m) o = o with { Method = m };
        if (options.Enum<TestType>("test") is { } t) o = o with { Test = t };
        if (options.LevelPercent("level") is { } l) o = o with { Level = l };
        if (options.Number("threshold") is { } th) o = th > 0 ? o with { Threshold = th } : Invalid(o, "threshold");
        if (options.Whole("maxiter") is { } mi) o = mi > 0 ? o with { MaxIter = mi } : Invalid(o, "maxiter");
        if (options.Number("tol") is { } tol) o = tol > 0 ? o with { Tol = tol } : Invalid(o, "tol");
        _base = o;
    }

    /// <summary>The column of user weights, or null.</summary>
    public string? WeightsColumn => _options.Text("weights");

    /// <summary>The options with the user weights read from the rows; null with a diagnostic for a negative weight.</summary>
    /// <exception cref="CsvDataException">The weights column is missing or holds a cell that is not a number.</exception>
    public RmaOptions? For(StudyData data)
    {
        if (WeightsColumn is not { } w) return _base;
        var weights = data.Table.Numeric(w);
        for (int i = 0; i < weights.Length; i++)
        {
            if (weights[i] < 0)
            {
                _options.Diagnostics.Cell(MetaDiagnosticCodes.InvalidCell, data.Table, i + 1, w, $"negative weight {weights[i].ToString(CultureInfo.CurrentCulture)}");
                return null;
            }
        }

        return _base with { Weights = weights };
    }

    /// <summary>The moderators asked for.</summary>
    public IReadOnlyList<string> Mods => _options.List("mods");

    /// <summary>Whether the model has an intercept.</summary>
    public bool Intercept => _options.Flag("intercept") ?? true;

    /// <summary>Checks the moderator options before the rows are read.</summary>
    public void CheckModerators()
    {
        if (Mods.Count == 0 && !Intercept) _options.Conflict("intercept", "false needs moderators (--mods)");
    }

    /// <summary>The model matrix from the moderators, or null for an intercept-only model.</summary>
    /// <exception cref="CsvDataException">A moderator column is missing or not numeric where it must be.</exception>
    public ModelMatrix? Matrix(StudyData data)
    {
        if (Mods.Count == 0) return null;
        var moderators = Mods.Select(n => Moderator(data.Table, n)).ToList();
        return ModelMatrix.FromModerators(data.Table.RowCount, moderators, Intercept);
    }

    private RmaOptions Invalid(RmaOptions o, string name)
    {
        _options.Invalid(name, "must be positive");
        return o;
    }

    private static Moderator Moderator(CsvTable table, string name)
    {
        if (name.StartsWith("factor(", StringComparison.Ordinal) && name.EndsWith(')'))
        {
            return Evidence.Models.Moderator.Categorical(name, table.Text(name[7..^1]));
        }

        return table.IsNumeric(name)
            ? Evidence.Models.Moderator.Numeric(name, table.Numeric(name))
            : Evidence.Models.Moderator.Categorical(name, table.Text(name));
    }
}
