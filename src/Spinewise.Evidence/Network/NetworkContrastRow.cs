namespace Spinewise.Evidence.Network;

/// <summary>
/// One contrast <c>Treatment1 - Treatment2</c> of a study (metafor's wide format after escalc): given directly, or built
/// from arms against the study's baseline arm (then <see cref="Treatment2"/> is the baseline).
/// </summary>
/// <param name="Study">The study's name or id.</param>
/// <param name="Treatment1">The treatment of the first arm.</param>
/// <param name="Treatment2">The treatment subtracted (the baseline arm for contrasts built from arms).</param>
/// <param name="Yi">yi: the contrast's estimate on the measure's scale (e.g. log odds ratio, mean difference).</param>
/// <param name="Vi">vi: its sampling variance (the diagonal of V).</param>
public sealed record NetworkContrastRow(string Study, string Treatment1, string Treatment2, double Yi, double Vi);
