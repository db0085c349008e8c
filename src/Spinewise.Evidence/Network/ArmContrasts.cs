using Spinewise.Evidence.Common;
using Spinewise.Evidence.EffectSizes;

namespace Spinewise.Evidence.Network;

/// <summary>
/// Contrasts from arm-level rows, as metafor's <c>to.wide</c> + <c>escalc</c> + <c>calc.v</c>: each arm against its
/// study's baseline arm (the reference when the study has it, otherwise the study's treatment last in ordinal order),
/// with the covariance the shared baseline arm induces between a study's contrasts (see <see cref="SharedTerms"/>).
/// </summary>
internal static class ArmContrasts
{
    public static NetworkBuilt? Build(IReadOnlyList<NetworkArmRow> arms, NetworkOptions options, List<DataDiagnostic> problems)
    {
        var geometry = NetworkGeometry.Of([.. arms.Select(a => new NetworkArm(a.Study, a.Treatment, a.N))]);
        problems.AddRange(geometry.Diagnostics);
        if (arms.Count == 0)
        {
            return null;
        }

        var kind = arms[0].Kind;
        ArmChecks.Check(arms, kind, options.Measure, problems);
        var reference = NetworkLevels.Reference(arms.Select(a => a.Treatment), options.Reference);
        if (reference is null || !geometry.Treatments.Any(t => t.Treatment == reference))
        {
            problems.Add(new(NetworkDiagnostics.UnknownTreatment, -1, "reference", $"the reference '{reference}' is not a treatment of any study with two or more arms"));
        }

        if (problems.Count > 0)
        {
            return null;
        }

        // Studies in ordinal order, arms in level order (baseline last).
        var byStudy = arms.Select((a, row) => (a, row)).GroupBy(x => x.a.Study, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var pairs = new List<(int Row1, int Row2, int Study)>();
        var layouts = new List<(string Name, List<(NetworkArmRow Arm, int Row)> Arms)>();
        foreach (var g in byStudy)
        {
            var ordered = NetworkLevels.Order(g.Select(x => x.a.Treatment), reference!)
                .Select(t => g.First(x => x.a.Treatment == t)).Select(x => (x.a, x.row)).ToList();
            for (int i = 0; i < ordered.Count - 1; i++)
            {
                pairs.Add((ordered[i].row, ordered[^1].row, layouts.Count));
            }

            layouts.Add((g.Key, ordered));
        }

        var (yi, vi, shared) = SharedTerms.Compute(arms, pairs, kind, options, problems, out var warnings);
        if (problems.Count > 0)
        {
            return null;
        }

        var contrasts = new List<NetworkContrastRow>(pairs.Count);
        var studies = new List<NetworkStudy>(layouts.Count);
        int next = 0;
        for (int s = 0; s < layouts.Count; s++)
        {
            var (name, ordered) = layouts[s];
            int n = ordered.Count - 1;
            var rows = new int[n];
            var block = new double[n * n];
            for (int i = 0; i < n; i++)
            {
                int c = next + i;
                rows[i] = c;
                contrasts.Add(new NetworkContrastRow(name, ordered[i].Arm.Treatment, ordered[^1].Arm.Treatment, yi[c], vi[c]));
                for (int j = 0; j < n; j++)
                {
                    block[(i * n) + j] = i == j ? vi[c] : shared(c, next + j);
                }
            }

            next += n;
            var study = new NetworkStudy(name, [.. ordered.Select(a => a.Arm.Treatment)], ordered[0].Row, rows, block);
            NetworkLevels.CheckBlock(study, problems);
            studies.Add(study);
        }

        return problems.Count > 0 ? null : new NetworkBuilt(contrasts, studies, geometry, reference!, warnings);
    }
}
