using Spinewise.Evidence.Data;
using Spinewise.Evidence.Models;
using Spinewise.Evidence.Multivariate;

namespace Spinewise.Application.Meta.Internal;

/// <summary>rma.mv's options read from a request (before the rows), and the model built from the rows.</summary>
internal sealed class MvInput
{
    private readonly OptionReader _options;

    /// <summary>Reads and checks the options that need no data; problems become diagnostics.</summary>
    public MvInput(OptionReader options, bool hasMatrix)
    {
        _options = options;
        YiColumn = options.Text("yi") ?? "yi";
        var vi = options.Text("vi");
        if (vi is not null && hasMatrix) options.Conflict("vi", "give --vi COLUMN or --V FILE, not both");
        ViColumn = hasMatrix ? null : vi ?? "vi";
        Mods = options.List("mods");
        Intercept = options.Flag("intercept") ?? true;
        if (Mods.Count == 0 && !Intercept) options.Conflict("intercept", "false needs moderators (--mods)");
        Struct = options.Choice("struct", "CS") ?? "CS";
        Rho = Correlation("rho");
        Phi = Correlation("phi");
        var o = new RmaMvOptions();
        if (options.Enum<TauSquaredEstimator>("method") is { } m)
        {
            if (m is TauSquaredEstimator.REML or TauSquaredEstimator.ML or TauSquaredEstimator.EE or TauSquaredEstimator.FE) o = o with { Method = m };
            else options.Invalid("method", $"rma.mv estimates by REML, ML or EE (FE), not {m}");
        }

        if (options.Choice("test", "z", "t") is { } t) o = o with { Test = t == "t" ? TestType.T : TestType.Z };
        if (options.LevelPercent("level") is { } l) o = o with { Level = l };
        Options = o;
        Btt = options.List("btt");
        Confint = options.Flag("confint") ?? false;
        Formulas = Split(options.Text("random"));
        Terms = Parse();
    }

    public string YiColumn { get; }

    public string? ViColumn { get; }

    public IReadOnlyList<string> Mods { get; }

    public bool Intercept { get; }

    public string Struct { get; }

    public double? Rho { get; }

    public double? Phi { get; }

    public RmaMvOptions Options { get; }

    public IReadOnlyList<string> Btt { get; }

    public bool Confint { get; }

    public IReadOnlyList<string> Formulas { get; }

    public IReadOnlyList<RandomTerm> Terms { get; }

    /// <summary>The model on the rows (and V when given); null with diagnostics naming the rows' source, row and column.</summary>
    /// <exception cref="CsvDataException">A column is missing or a cell is not a number.</exception>
    public RmaMvModel? Model(CsvTable table, double[][]? v, string? vSource, MetaDiagnostics diagnostics)
    {
        var yi = table.Numeric(YiColumn);
        var cov = v is not null ? SamplingCovariance.FromMatrix(v) : SamplingCovariance.FromVariances(table.Numeric(ViColumn!));
        var factors = new Dictionary<string, IReadOnlyList<string?>>(StringComparer.Ordinal);
        foreach (var name in Terms.SelectMany(FactorNames))
        {
            if (!factors.ContainsKey(name)) factors[name] = table.Text(name);
        }

        var model = new RmaMvModel { Yi = yi, V = cov, X = Matrix(table), Random = Terms, Factors = factors };
        foreach (var p in RmaMv.Validate(model, Options))
        {
            var row = p.Row >= 0 ? p.Row + 1 : (int?)null;
            if (p.Column == "V")
            {
                var where = row is { } r ? $"row {r}: " : "";
                diagnostics.Add(new MetaDiagnostic(MetaDiagnosticCodes.InvalidCell, where + p.Message, Source: vSource ?? table.Source));
            }
            else if (p.Column is "X" or "random") diagnostics.Analysis(p.Message);
            else
            {
                var column = p.Column switch { "yi" => YiColumn, "vi" => ViColumn, _ => p.Column };
                var code = p.Code is "MV_EMPTY" or "MV_TOO_MANY_PARAMETERS" or "MV_X_SINGULAR" ? MetaDiagnosticCodes.CannotAnalyse : MetaDiagnosticCodes.InvalidCell;
                diagnostics.Add(new MetaDiagnostic(code, p.Message, Source: table.Source, Row: row, Column: column));
            }
        }

        return diagnostics.Any ? null : model;
    }

    /// <summary>The factor columns a term names: the nesting (outermost first), then the inner factor.</summary>
    public static IEnumerable<string> FactorNames(RandomTerm term) => term.Inner is null ? term.Nesting : [.. term.Nesting, term.Inner];

    private ModelMatrix? Matrix(CsvTable table)
    {
        if (Mods.Count == 0) return null;
        var moderators = Mods.Select(name =>
            name.StartsWith("factor(", StringComparison.Ordinal) && name.EndsWith(')') ? Moderator.Categorical(name, table.Text(name[7..^1]))
            : table.IsNumeric(name) ? Moderator.Numeric(name, table.Numeric(name))
            : Moderator.Categorical(name, table.Text(name))).ToList();
        return ModelMatrix.FromModerators(table.RowCount, moderators, Intercept);
    }

    private double? Correlation(string name)
    {
        if (_options.Number(name) is not { } r) return null;
        if (r is >= -1 and <= 1) return r;
        _options.Invalid(name, "a correlation must lie in [-1, 1]");
        return null;
    }

    /// <summary>Several formulas: separated by ';' or new lines (a repeated --random), or R's <c>list(f1, f2)</c>.</summary>
    private static List<string> Split(string? text)
    {
        if (text is null) return [];
        var t = text.Trim();
        if (t.StartsWith("list(", StringComparison.Ordinal) && t.EndsWith(')')) t = t[5..^1].Replace(',', ';');
        return [.. t.Split([';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
    }

    private List<RandomTerm> Parse()
    {
        var terms = new List<RandomTerm>();
        int correlated = 0;
        foreach (var f in Formulas)
        {
            var term = RandomTerm.Parse(f, null, out var error);
            if (term is null)
            {
                _options.Invalid("random", error!);
                continue;
            }

            if (term.IsInnerOuter)
            {
                if (++correlated > 2)
                {
                    _options.Invalid("random", $"'{f}': at most two '~ inner | outer' terms (tau2/rho, then gamma2/phi)");
                    continue;
                }

                term = RandomTerm.CompoundSymmetry(term.Inner!, term.Outer, correlated == 1 ? Rho : Phi);
            }

            terms.Add(term);
        }

        if (Rho is not null && correlated < 1) _options.Conflict("rho", "needs a '~ inner | outer' term in --random");
        if (Phi is not null && correlated < 2) _options.Conflict("phi", "needs a second '~ inner | outer' term in --random");
        return terms;
    }
}
