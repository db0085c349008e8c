using Spinewise.Evidence.Common;
using Spinewise.Evidence.Models;

namespace Spinewise.Evidence.Multivariate;

/// <summary>Checks an <see cref="RmaMvModel"/> and splits it into independent blocks (every problem is reported, not just the first).</summary>
internal static class MvStructure
{
    public static MvSpec? Build(RmaMvModel model, RmaMvOptions options, List<DataDiagnostic> problems)
    {
        int k = model.Yi.Count;
        if (k == 0)
        {
            problems.Add(new DataDiagnostic("MV_EMPTY", -1, "yi", "Processing terminated since k = 0 (no effect sizes)."));
            return null;
        }

        MvValidation.CheckValues(model, k, problems);
        var x = model.X ?? ModelMatrix.InterceptOnly(k);
        if (x.K != k)
        {
            problems.Add(new DataDiagnostic("MV_SIZE", -1, "X", $"The model matrix has {x.K} rows but there are {k} effect sizes."));
        }

        var components = new List<MvComponent>();
        var sigma2 = new List<int>();
        var sigma2Names = new List<string>();
        var correlated = new List<MvCorrelated>();
        int estimatedCorrelations = 0;
        foreach (var term in model.Random)
        {
            var outer = MvValidation.Levels(model, term.Nesting[0], k, problems);
            if (!term.IsInnerOuter)
            {
                var names = term.Sigma2Names();
                int[]? ids = outer;
                for (int level = 0; level < term.Nesting.Count; level++)
                {
                    if (level > 0)
                    {
                        var inner = MvValidation.Levels(model, term.Nesting[level], k, problems);
                        ids = ids is null || inner is null ? null : MvValidation.Combine(ids, inner);
                    }

                    if (ids is not null)
                    {
                        sigma2.Add(components.Count);
                        sigma2Names.Add(names[level]);
                        components.Add(new MvComponent(ids, null, 1, false, true));
                    }
                }

                continue;
            }

            var innerIds = MvValidation.Levels(model, term.Inner!, k, problems);
            if (correlated.Count == 2)
            {
                problems.Add(new DataDiagnostic("MV_RANDOM", -1, "random", "At most two '~ inner | outer' terms are supported (tau2/rho and gamma2/phi)."));
                continue;
            }

            if (outer is null || innerIds is null)
            {
                continue;
            }

            if (term.FixedCorrelation is { } rho)
            {
                correlated.Add(new MvCorrelated(components.Count, -1, rho));
                components.Add(new MvComponent(outer, innerIds, rho, false, true));
            }
            else
            {
                estimatedCorrelations++;
                correlated.Add(new MvCorrelated(components.Count, components.Count + 1, null));
                components.Add(new MvComponent(outer, innerIds, 0, true, true));
                components.Add(new MvComponent(outer, null, 1, false, false));
            }
        }

        if (options.IsEqualEffects || components.Count == 0)
        {
            components.Clear();
        }

        int parms = x.P + components.Count;
        if (x.K == k && parms > k)
        {
            problems.Add(new DataDiagnostic("MV_TOO_MANY_PARAMETERS", -1, "X", $"Number of parameters to be estimated ({parms}) is larger than the number of observations ({k})."));
        }

        if (problems.Count > 0)
        {
            return null;
        }

        MvValidation.CheckRank(x, problems);
        var blocks = MvBlocking.Blocks(model, x, components, k);
        double logDetV = MvBlocking.CheckPositiveDefinite(blocks, problems);
        if (problems.Count > 0)
        {
            return null;
        }

        return new MvSpec
        {
            K = k,
            X = x,
            Blocks = blocks,
            Components = components,
            Sigma2Components = components.Count == 0 ? [] : [.. sigma2],
            Sigma2Names = sigma2Names,
            G = components.Count > 0 && correlated.Count > 0 ? correlated[0] : null,
            H = components.Count > 0 && correlated.Count > 1 ? correlated[1] : null,
            LogDetV = logDetV,
        };
    }
}
