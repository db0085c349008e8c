using Spinewise.Evidence.Multivariate;
using Spinewise.Evidence.Network;

namespace Spinewise.Application.Meta;

/// <summary>The engine's side of a <c>meta network</c> run: the network fit, the rma.mv fit reported, and the plots drawn.</summary>
/// <param name="Result">The network fit.</param>
/// <param name="Reported">The model whose coefficients the report gives (the random inconsistency model for <c>inconsistency</c>).</param>
/// <param name="GraphImage">The network graph, or null.</param>
/// <param name="ForestImage">The forest plot vs the reference, or null.</param>
/// <param name="LeagueImage">The league-table heat map, or null.</param>
/// <param name="Notes">What the run left out and why (e.g. inconsistency not assessed on a network too small for it).</param>
public sealed record NetworkAnalysis(NetworkResult Result, RmaMvResult Reported, byte[]? GraphImage, byte[]? ForestImage, byte[]? LeagueImage, IReadOnlyList<string> Notes)
{
    /// <summary>The network fitted per subgroup of studies (<c>--subgroup</c>) with the test of difference, or null.</summary>
    public NetworkSubgroupResult? Subgroups { get; init; }

    /// <summary>Profile-likelihood CIs of <see cref="Reported"/>'s estimated variance components (<c>confint</c>), or null.</summary>
    public IReadOnlyList<MvProfileComponent>? Confint { get; init; }

    /// <summary>The subgroup column, or null.</summary>
    public string? SubgroupColumn { get; init; }
}
