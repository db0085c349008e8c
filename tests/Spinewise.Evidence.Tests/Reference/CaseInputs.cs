using System.Globalization;
using System.Text.Json.Nodes;
using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.Tests.Reference;

/// <summary>Translates case inputs into engine calls.</summary>
internal static class CaseInputs
{
    public static EscalcData EscalcData(JsonObject data)
    {
        double[]? Col(string name) => data[name] is null ? null : Json.Arr(data[name]);
        return new EscalcData
        {
            Ai = Col("ai"), Bi = Col("bi"), Ci = Col("ci"), Di = Col("di"), N1i = Col("n1i"), N2i = Col("n2i"),
            X1i = Col("x1i"), X2i = Col("x2i"), T1i = Col("t1i"), T2i = Col("t2i"), M1i = Col("m1i"), M2i = Col("m2i"),
            Sd1i = Col("sd1i"), Sd2i = Col("sd2i"), Xi = Col("xi"), Mi = Col("mi"), Ni = Col("ni"), Sdi = Col("sdi"), Ri = Col("ri"),
        };
    }

    public static EscalcOptions EscalcOptions(JsonNode? options)
    {
        if (options is null) return new EscalcOptions();
        var o = new EscalcOptions();
        if (options["add"] is not null) o = o with { Add = Json.D(options["add"]) };
        if (options["to"] is not null)
        {
            o = o with
            {
                To = Json.S(options["to"]) switch
                {
                    "all" => ZeroCellRule.All,
                    "if0all" => ZeroCellRule.If0All,
                    "none" => ZeroCellRule.None,
                    _ => ZeroCellRule.Only0,
                },
            };
        }
        if (options["drop00"] is not null) o = o with { Drop00 = options["drop00"]!.GetValue<bool>() };
        if (options["vtype"] is not null) o = o with { VType = Enum.Parse<VarianceType>(Json.S(options["vtype"])!) };
        return o;
    }

    public static RmaOptions RmaOptions(JsonObject input)
    {
        var o = new RmaOptions
        {
            Method = Enum.Parse<TauSquaredEstimator>(Json.S(input["method"]) ?? "REML"),
            Test = (Json.S(input["test"]) ?? "z") switch { "t" => TestType.T, "knha" => TestType.Knha, "adhoc" => TestType.Adhoc, _ => TestType.Z },
            Level = input["level"] is null ? 95 : Json.D(input["level"]),
        };
        if (input["weights"] is not null) o = o with { Weights = Json.Arr(input["weights"]) };
        return o;
    }

    public static ModelMatrix? Matrix(JsonObject input)
    {
        if (input["X"] is not JsonArray rows) return null;
        var names = Json.Strs(input["X_colnames"]);
        int p = names.Length;
        var cols = new List<IReadOnlyList<double>>();
        for (int j = 0; j < p; j++) cols.Add(rows.Select(r => Json.D(r![j])).ToArray());
        return new ModelMatrix(names, cols);
    }

    /// <summary>The options of a tight refit from its R text, e.g. <c>control=list(tol=1e-12, maxiter=1000)</c>.</summary>
    public static RmaOptions Tight(RmaOptions o, string? control)
    {
        const string head = "control=list(";
        if (control is null || !control.StartsWith(head, StringComparison.Ordinal) || !control.EndsWith(')'))
            throw new FormatException($"unexpected control text: {control}");
        foreach (var part in control[head.Length..^1].Split(',', StringSplitOptions.TrimEntries))
        {
            var (key, value) = (part[..part.IndexOf('=')], part[(part.IndexOf('=') + 1)..]);
            o = key switch
            {
                "threshold" => o with { Threshold = double.Parse(value, CultureInfo.InvariantCulture) },
                "tol" => o with { Tol = double.Parse(value, CultureInfo.InvariantCulture) },
                "maxiter" => o with { MaxIter = int.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new FormatException($"unexpected control {key} in {control}"),
            };
        }

        return o;
    }
}
