namespace Spinewise.Cli.Commands.Meta;

/// <summary>Numbers for the JSON contract of the metafor reference cases: NA/NaN as null, infinities as "Inf"/"-Inf".</summary>
internal static class JsonValues
{
    public static object? N(double value) => double.IsNaN(value) ? null
        : double.IsPositiveInfinity(value) ? "Inf"
        : double.IsNegativeInfinity(value) ? "-Inf"
        : value;

    public static object?[] Arr(IEnumerable<double> values) => values.Select(N).ToArray();

    public static object?[] One(double value) => [N(value)];

    public static Dictionary<string, object?> FitStats(Spinewise.Evidence.Models.FitStatistics ml, Spinewise.Evidence.Models.FitStatistics reml) => new()
    {
        ["ML"] = Stats(ml),
        ["REML"] = Stats(reml),
    };

    private static Dictionary<string, object?> Stats(Spinewise.Evidence.Models.FitStatistics s) => new()
    {
        ["ll"] = N(s.LogLik), ["dev"] = N(s.Deviance), ["AIC"] = N(s.Aic), ["BIC"] = N(s.Bic), ["AICc"] = N(s.Aicc),
    };
}
