namespace Spinewise.Evidence.Models;

/// <summary>Confidence intervals for heterogeneity parameters (metafor's confint.rma.uni random part).</summary>
/// <param name="Tau2">tau²: estimate and limits.</param>
/// <param name="Tau">tau: estimate and limits.</param>
/// <param name="I2">I² (%): estimate and limits.</param>
/// <param name="H2">H²: estimate and limits.</param>
/// <param name="Warnings">Notes on bounds (e.g. limit below tau2.min).</param>
public sealed record HeterogeneityIntervals(Interval Tau2, Interval Tau, Interval I2, Interval H2, IReadOnlyList<string> Warnings);
