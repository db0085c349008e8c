using System.CommandLine;
using Spinewise.Evidence.Data;
using Spinewise.Evidence.Models;

namespace Spinewise.Cli.Commands.Meta;

/// <summary>rma.uni's options (method, test, level, weights, moderators, control) shared by the model-based commands.</summary>
internal sealed class RmaOptionSet
{
    public Option<string?> Method { get; } = new("--method") { Description = "tau² estimator: EE, FE, DL, HE, HS, SJ, ML, REML (default), EB, PM.", HelpName = "M" };

    public Option<string?> Test { get; } = new("--test") { Description = "Test of the coefficients: z (default), t, knha, adhoc.", HelpName = "T" };

    public Option<double?> Level { get; } = OptionParsing.Number("--level", "Confidence level: 95 (percent) or 0.95 (fraction), as metafor's level (default 95).", "L");

    public Option<string?> Weights { get; } = new("--weights") { Description = "Column of user weights (default inverse-variance).", HelpName = "COLUMN" };

    public Option<string?> Mods { get; } = new("--mods") { Description = "Moderator columns, comma-separated; numeric columns enter as is, text columns and factor(COL) as factors.", HelpName = "COLS" };

    public Option<bool?> Intercept { get; } = OptionParsing.Flag("--intercept", "Include an intercept with moderators (true|false, default true).");

    public Option<double?> Threshold { get; } = OptionParsing.Number("--threshold", "Fisher-scoring convergence threshold (metafor control threshold, default 1e-5).");

    public Option<int?> MaxIter { get; } = OptionParsing.Whole("--maxiter", "Maximum Fisher-scoring iterations (default 100).");

    public Option<double?> Tol { get; } = OptionParsing.Number("--tol", "Root-finding tolerance (uniroot) for the PM estimate and the Q-profile CIs of tau², tau, I², H² (metafor control tol, default 1.22e-4).");

    public void AddTo(Command command, bool moderators = true)
    {
        command.Options.Add(Method);
        command.Options.Add(Test);
        command.Options.Add(Level);
        command.Options.Add(Weights);
        if (moderators)
        {
            command.Options.Add(Mods);
            command.Options.Add(Intercept);
        }

        command.Options.Add(Threshold);
        command.Options.Add(MaxIter);
        command.Options.Add(Tol);
    }

    public RmaOptions Options(ParseResult parse, StudyData data)
    {
        var o = new RmaOptions();
        if (parse.GetValue(Method) is { } m) o = o with { Method = OptionParsing.Enum<TauSquaredEstimator>("--method", m) };
        if (parse.GetValue(Test) is { } t) o = o with { Test = OptionParsing.Enum<TestType>("--test", t) };
        if (parse.GetValue(Level) is { } l) o = o with { Level = OptionParsing.LevelPercent(l) };

        if (parse.GetValue(Threshold) is { } th) o = th > 0 ? o with { Threshold = th } : throw new MetaInputException("--threshold must be positive");
        if (parse.GetValue(MaxIter) is { } mi) o = mi > 0 ? o with { MaxIter = mi } : throw new MetaInputException("--maxiter must be positive");
        if (parse.GetValue(Tol) is { } tol) o = tol > 0 ? o with { Tol = tol } : throw new MetaInputException("--tol must be positive");
        if (parse.GetValue(Weights) is { } w)
        {
            var weights = data.Table.Numeric(w);
            for (int i = 0; i < weights.Length; i++)
            {
                if (weights[i] < 0) throw new CsvDataException(data.Table.Source, i + 1, w, $"negative weight {weights[i]}");
            }

            o = o with { Weights = weights };
        }

        data.Settings["method"] = o.Method.ToString();
        data.Settings["test"] = o.Test.ToString().ToLowerInvariant();
        data.Settings["level"] = o.Level;
        data.Settings["weights"] = parse.GetValue(Weights);
        data.Settings["threshold"] = o.Threshold;
        data.Settings["maxiter"] = o.MaxIter;
        data.Settings["tol"] = o.Tol;
        return o;
    }

    /// <summary>The model matrix from <c>--mods</c>, or null for an intercept-only model.</summary>
    public ModelMatrix? Matrix(ParseResult parse, StudyData data)
    {
        var names = OptionParsing.List(parse.GetValue(Mods));
        bool intercept = parse.GetValue(Intercept) ?? true;
        data.Settings["mods"] = names;
        data.Settings["intercept"] = intercept;
        if (names.Count == 0)
        {
            return intercept ? null : throw new MetaInputException("--intercept false needs moderators (--mods)");
        }

        var moderators = names.Select(n => Moderator(data.Table, n)).ToList();
        return ModelMatrix.FromModerators(data.Table.RowCount, moderators, intercept);
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
