using System.Globalization;
using ScottPlot;
using Spinewise.Evidence.Network;

namespace Spinewise.Evidence.Plots.Internal;

/// <summary>Where the network graph puts each treatment (unit circle, clockwise from the top) and how large it draws it.</summary>
internal sealed record NetworkGraphLayout(
    IReadOnlyList<Coordinates> Centres,
    IReadOnlyList<double> Angles,
    IReadOnlyList<double> Radii,
    IReadOnlyDictionary<string, int> Index,
    bool SizedByParticipants)
{
    /// <summary>Lays the geometry out after checking it can be drawn.</summary>
    /// <param name="geometry">The network.</param>
    /// <param name="largest">Radius of the node with the most participants (capped so neighbours do not touch).</param>
    /// <param name="smallest">Least radius, so a small arm stays visible.</param>
    public static NetworkGraphLayout Of(NetworkGeometry geometry, double largest, double smallest)
    {
        Check(geometry);
        int k = geometry.Treatments.Count;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var centres = new Coordinates[k];
        var angles = new double[k];
        for (int i = 0; i < k; i++)
        {
            index[geometry.Treatments[i].Treatment] = i;
            angles[i] = (Math.PI / 2) - (2 * Math.PI * i / k);
            centres[i] = new Coordinates(Math.Cos(angles[i]), Math.Sin(angles[i]));
        }

        double max = Math.Min(largest, 0.85 * Math.Sin(Math.PI / k));
        bool sized = geometry.Treatments.All(t => t.Participants is not null) && geometry.Treatments.Max(t => t.Participants!.Value) > 0;
        double most = sized ? geometry.Treatments.Max(t => t.Participants!.Value) : 1;
        var radii = geometry.Treatments.Select(t => sized ? Math.Max(Math.Min(smallest, max), max * Math.Sqrt(t.Participants!.Value / most)) : max * 0.6).ToArray();
        return new NetworkGraphLayout(centres, angles, radii, index, sized);
    }

    private static void Check(NetworkGeometry geometry)
    {
        if (geometry.Treatments.Count < 2)
        {
            string names = string.Join(", ", geometry.Treatments.Select(t => $"'{t.Treatment}'"));
            throw new ArgumentException($"A network graph needs two or more treatments; the geometry has {geometry.Treatments.Count}{(names.Length > 0 ? $" ({names})" : "")}.", nameof(geometry));
        }

        if (geometry.Edges.Count == 0)
        {
            throw new ArgumentException("A network graph needs at least one direct comparison; the geometry has none.", nameof(geometry));
        }

        var names2 = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in geometry.Treatments)
        {
            if (string.IsNullOrWhiteSpace(t.Treatment) || !names2.Add(t.Treatment))
            {
                throw new ArgumentException($"Treatment names must be non-empty and distinct; '{t.Treatment}' is {(string.IsNullOrWhiteSpace(t.Treatment) ? "empty" : "listed twice")}.", nameof(geometry));
            }

            if (t.Participants is { } p && (!double.IsFinite(p) || p < 0))
            {
                throw new ArgumentException($"Treatment '{t.Treatment}': participants is {p.ToString(CultureInfo.InvariantCulture)}, not a finite number ≥ 0.", nameof(geometry));
            }
        }

        foreach (var e in geometry.Edges)
        {
            if (!names2.Contains(e.Treatment1) || !names2.Contains(e.Treatment2))
            {
                throw new ArgumentException($"Comparison '{e.Treatment1}' vs '{e.Treatment2}' names a treatment the geometry does not list.", nameof(geometry));
            }

            if (e.Studies < 1)
            {
                throw new ArgumentException($"Comparison '{e.Treatment1}' vs '{e.Treatment2}' has {e.Studies} studies; it needs at least 1.", nameof(geometry));
            }
        }

        foreach (var d in geometry.Designs.Where(d => d.Treatments.Any(t => !names2.Contains(t))))
        {
            throw new ArgumentException($"Design '{string.Join(", ", d.Treatments)}' names a treatment the geometry does not list.", nameof(geometry));
        }
    }
}
