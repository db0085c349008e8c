namespace Spinewise.Evidence.Multivariate;

/// <summary>One independent block of V: the rows it covers and their n × n sampling covariance matrix.</summary>
/// <param name="Rows">Zero-based rows of the effect sizes in the block (distinct).</param>
/// <param name="Values">n rows of n values: Values[a][b] is the covariance of Rows[a] and Rows[b].</param>
public sealed record CovarianceBlock(IReadOnlyList<int> Rows, IReadOnlyList<IReadOnlyList<double>> Values);
