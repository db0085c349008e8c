using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.Network;

/// <summary>One arm of a study in a network: the study, the treatment given, and how many took part (when known).</summary>
/// <param name="Study">The study's name or id.</param>
/// <param name="Treatment">The treatment of the arm.</param>
/// <param name="Participants">The arm's size, when known.</param>
public sealed record NetworkArm(string Study, string Treatment, double? Participants);

/// <summary>A treatment of the network: in how many studies it is an arm and how many took part in those arms.</summary>
/// <param name="Treatment">The treatment.</param>
/// <param name="Studies">The studies with an arm of it.</param>
/// <param name="Participants">The participants in its arms; null when an arm's size is not known.</param>
public sealed record NetworkNode(string Treatment, int Studies, double? Participants);

/// <summary>
/// A direct comparison: two treatments that are arms of the same studies. <see cref="Participants"/> counts both arms
/// of each of those studies (netmeta's and the network graph's usual edge weight is <see cref="Studies"/>).
/// </summary>
/// <param name="Treatment1">The first treatment, in ordinal order.</param>
/// <param name="Treatment2">The second treatment.</param>
/// <param name="Studies">The studies comparing them directly.</param>
/// <param name="Participants">The participants in the two arms across those studies; null when an arm's size is not known.</param>
public sealed record NetworkEdge(string Treatment1, string Treatment2, int Studies, double? Participants);

/// <summary>A design: the set of treatments a study compares, and how many studies share it.</summary>
/// <param name="Treatments">The treatments, in ordinal order.</param>
/// <param name="Studies">The studies with exactly these arms.</param>
public sealed record NetworkDesign(IReadOnlyList<string> Treatments, int Studies);

/// <summary>
/// The shape of a network of studies, from its arms: treatments, direct comparisons (edges), designs, multi-arm studies,
/// and whether every treatment is linked to every other through comparisons — a network that is not connected cannot be
/// fitted as one, and <see cref="Diagnostics"/> names its parts. Problems in the arms (a study with one arm, a treatment
/// twice in one study, a missing name) are diagnostics too, naming the row; the geometry describes the arms that remain.
/// </summary>
/// <param name="Treatments">Every treatment, in ordinal order.</param>
/// <param name="Edges">Every pair of treatments compared directly, ordered by first then second treatment.</param>
/// <param name="Designs">Every design, ordered by its treatments.</param>
/// <param name="MultiArmStudies">The studies with three or more arms, in ordinal order.</param>
/// <param name="Studies">The number of studies with at least two arms.</param>
/// <param name="Components">The connected parts (treatment lists, each in ordinal order; the largest first).</param>
/// <param name="Diagnostics">Problems in the arms, and a disconnected network; empty when the network can be fitted.</param>
public sealed record NetworkGeometry(
    IReadOnlyList<NetworkNode> Treatments,
    IReadOnlyList<NetworkEdge> Edges,
    IReadOnlyList<NetworkDesign> Designs,
    IReadOnlyList<string> MultiArmStudies,
    int Studies,
    IReadOnlyList<IReadOnlyList<string>> Components,
    IReadOnlyList<DataDiagnostic> Diagnostics)
{
    /// <summary>Diagnostic code: no arms with a study and a treatment.</summary>
    public const string NoData = "NO_DATA";

    /// <summary>Diagnostic code: an arm without a study or a treatment name.</summary>
    public const string MissingName = "MISSING_NAME";

    /// <summary>Diagnostic code: a study with a single arm compares nothing.</summary>
    public const string OneArmStudy = "ONE_ARM_STUDY";

    /// <summary>Diagnostic code: a treatment given twice in one study.</summary>
    public const string DuplicateArm = "DUPLICATE_ARM";

    /// <summary>Diagnostic code: the treatments fall into parts no comparison links.</summary>
    public const string Disconnected = "DISCONNECTED";

    /// <summary>Whether every treatment is linked to every other through direct comparisons.</summary>
    public bool IsConnected => Components.Count == 1;

    /// <summary>Describes the network the arms make.</summary>
    /// <param name="arms">One entry per arm, in input order (diagnostics name rows by their 0-based index here).</param>
    /// <returns>The geometry with its diagnostics.</returns>
    public static NetworkGeometry Of(IReadOnlyList<NetworkArm> arms)
    {
        ArgumentNullException.ThrowIfNull(arms);
        var diagnostics = new List<DataDiagnostic>();
        var studies = new Dictionary<string, List<(int Row, NetworkArm Arm)>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (int row = 0; row < arms.Count; row++)
        {
            var arm = arms[row];
            if (string.IsNullOrWhiteSpace(arm.Study) || string.IsNullOrWhiteSpace(arm.Treatment))
            {
                diagnostics.Add(new(MissingName, row, string.IsNullOrWhiteSpace(arm.Study) ? "study" : "treatment", "the arm has no study or no treatment name"));
                continue;
            }

            if (!studies.TryGetValue(arm.Study, out var list))
            {
                studies[arm.Study] = list = [];
                order.Add(arm.Study);
            }

            if (list.Any(a => a.Arm.Treatment == arm.Treatment))
            {
                diagnostics.Add(new(DuplicateArm, row, "treatment", $"study '{arm.Study}' has two arms of '{arm.Treatment}'"));
                continue;
            }

            list.Add((row, arm));
        }

        var kept = new List<List<NetworkArm>>();
        foreach (var study in order)
        {
            var list = studies[study];
            if (list.Count < 2)
            {
                diagnostics.Add(new(OneArmStudy, list[0].Row, "study", $"study '{study}' has one arm ('{list[0].Arm.Treatment}'): it compares nothing"));
                continue;
            }

            kept.Add([.. list.Select(a => a.Arm)]);
        }

        if (kept.Count == 0)
        {
            diagnostics.Add(new(NoData, -1, "study", "no study has two or more arms: there is no network"));
        }

        var geometry = Describe(kept);
        if (geometry.Components.Count > 1)
        {
            var parts = string.Join("; ", geometry.Components.Select((c, i) => $"part {i + 1}: {string.Join(", ", c)}"));
            diagnostics.Add(new(Disconnected, -1, "treatment", $"the network is not connected: no comparison links its {geometry.Components.Count} parts ({parts})"));
        }

        return geometry with { Diagnostics = diagnostics };
    }

    private static NetworkGeometry Describe(List<List<NetworkArm>> studies)
    {
        var nodes = new SortedDictionary<string, (int Studies, double? Participants)>(StringComparer.Ordinal);
        var edges = new SortedDictionary<(string, string), (int Studies, double? Participants)>(Comparer<(string, string)>.Create(
            (a, b) => string.CompareOrdinal(a.Item1, b.Item1) is var c and not 0 ? c : string.CompareOrdinal(a.Item2, b.Item2)));
        var designs = new SortedDictionary<string, (IReadOnlyList<string> Treatments, int Studies)>(StringComparer.Ordinal);
        var multiArm = new List<string>();
        foreach (var arms in studies)
        {
            var sorted = arms.OrderBy(a => a.Treatment, StringComparer.Ordinal).ToList();
            foreach (var arm in sorted)
            {
                var n = nodes.GetValueOrDefault(arm.Treatment, (0, 0.0));
                nodes[arm.Treatment] = (n.Studies + 1, n.Participants + arm.Participants);
            }

            for (int i = 0; i < sorted.Count; i++)
            {
                for (int j = i + 1; j < sorted.Count; j++)
                {
                    var key = (sorted[i].Treatment, sorted[j].Treatment);
                    var e = edges.GetValueOrDefault(key, (0, 0.0));
                    edges[key] = (e.Studies + 1, e.Participants + sorted[i].Participants + sorted[j].Participants);
                }
            }

            var design = string.Join('\u001f', sorted.Select(a => a.Treatment));
            var d = designs.GetValueOrDefault(design, ([.. sorted.Select(a => a.Treatment)], 0));
            designs[design] = (d.Treatments, d.Studies + 1);
            if (arms.Count >= 3)
            {
                multiArm.Add(arms[0].Study);
            }
        }

        return new NetworkGeometry(
            [.. nodes.Select(n => new NetworkNode(n.Key, n.Value.Studies, n.Value.Participants))],
            [.. edges.Select(e => new NetworkEdge(e.Key.Item1, e.Key.Item2, e.Value.Studies, e.Value.Participants))],
            [.. designs.Values.Select(d => new NetworkDesign(d.Treatments, d.Studies))],
            [.. multiArm.Order(StringComparer.Ordinal)],
            studies.Count,
            Connect(nodes.Keys, edges.Keys),
            []);
    }

    /// <summary>The connected parts, by a union–find over the edges; each part in ordinal order, the largest part first.</summary>
    private static List<IReadOnlyList<string>> Connect(IEnumerable<string> treatments, IEnumerable<(string, string)> edges)
    {
        var parent = treatments.ToDictionary(t => t, t => t, StringComparer.Ordinal);
        foreach (var (a, b) in edges)
        {
            var (ra, rb) = (Root(a), Root(b));
            if (ra != rb)
            {
                parent[string.CompareOrdinal(ra, rb) < 0 ? rb : ra] = string.CompareOrdinal(ra, rb) < 0 ? ra : rb;
            }
        }

        return [.. parent.Keys.GroupBy(Root, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<string>)[.. g.Order(StringComparer.Ordinal)])
            .OrderByDescending(g => g.Count).ThenBy(g => g[0], StringComparer.Ordinal)];

        string Root(string t)
        {
            while (parent[t] != t)
            {
                parent[t] = parent[parent[t]];
                t = parent[t];
            }

            return t;
        }
    }
}
