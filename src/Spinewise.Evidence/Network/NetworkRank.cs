namespace Spinewise.Evidence.Network;

/// <summary>
/// The ranking of one treatment. <see cref="PScore"/> is Rücker and Schwarzer's P-score (BMC Med Res Methodol
/// 2015;15:58): the mean over the other treatments of the probability, under the normal approximation N(beta, vb), that
/// this treatment is better. <see cref="Sucra"/> is defined as that same value: SUCRA = (a − E[rank]) / (a − 1) and
/// E[rank] = 1 + Σ_j P(j better), so the P-score is the SUCRA of the exact rank distribution (Rücker and Schwarzer's
/// identity); a SUCRA from simulated rank probabilities differs from it only by Monte Carlo error.
/// </summary>
/// <param name="Treatment">The treatment.</param>
/// <param name="PScore">P-score in [0, 1] (1 = certainly best).</param>
/// <param name="Sucra">SUCRA in [0, 1], equal to <see cref="PScore"/> (see the type's remarks).</param>
/// <param name="MeanRank">Expected rank, 1 + (a − 1)(1 − P-score).</param>
/// <param name="RankProbabilities">P(rank = 1), …, P(rank = a) from seeded draws of N(beta, vb); empty when not simulated.</param>
public sealed record NetworkRank(string Treatment, double PScore, double Sucra, double MeanRank, IReadOnlyList<double> RankProbabilities);
