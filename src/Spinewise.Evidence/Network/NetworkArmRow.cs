namespace Spinewise.Evidence.Network;

/// <summary>
/// One arm of a study (one row of arm-level data, metafor's "long" format): the study, the treatment, and either
/// events/n (2x2 measures), mean/sd/n (mean measures) or an arm estimate with its standard error. Unused fields are null.
/// Build rows with <see cref="Binary"/>, <see cref="Continuous"/> or <see cref="Estimate"/>.
/// </summary>
/// <param name="Study">The study's name or id.</param>
/// <param name="Treatment">The treatment of the arm.</param>
public sealed record NetworkArmRow(string Study, string Treatment)
{
    /// <summary>Events in the arm (OR, RR, RD, AS).</summary>
    public double? Events { get; init; }

    /// <summary>n: the arm's size.</summary>
    public double? N { get; init; }

    /// <summary>Mean of the outcome in the arm (MD, SMD, ROM).</summary>
    public double? Mean { get; init; }

    /// <summary>Standard deviation of the outcome in the arm.</summary>
    public double? Sd { get; init; }

    /// <summary>An arm-level estimate (e.g. a log odds or a mean) given directly.</summary>
    public double? Yi { get; init; }

    /// <summary>Standard error of <see cref="Yi"/>.</summary>
    public double? Se { get; init; }

    /// <summary>What the row carries.</summary>
    public NetworkArmKind Kind =>
        Yi is not null || Se is not null ? NetworkArmKind.Estimate
        : Mean is not null || Sd is not null ? NetworkArmKind.Continuous
        : NetworkArmKind.Binary;

    /// <summary>An arm with events out of n.</summary>
    /// <param name="study">The study.</param>
    /// <param name="treatment">The treatment.</param>
    /// <param name="events">Events.</param>
    /// <param name="n">Arm size.</param>
    public static NetworkArmRow Binary(string study, string treatment, double events, double n) =>
        new(study, treatment) { Events = events, N = n };

    /// <summary>An arm with the mean, standard deviation and size of a continuous outcome.</summary>
    /// <param name="study">The study.</param>
    /// <param name="treatment">The treatment.</param>
    /// <param name="mean">Mean.</param>
    /// <param name="sd">Standard deviation.</param>
    /// <param name="n">Arm size.</param>
    public static NetworkArmRow Continuous(string study, string treatment, double mean, double sd, double n) =>
        new(study, treatment) { Mean = mean, Sd = sd, N = n };

    /// <summary>An arm with its estimate and standard error (arms of one study are taken as independent).</summary>
    /// <param name="study">The study.</param>
    /// <param name="treatment">The treatment.</param>
    /// <param name="yi">Arm estimate.</param>
    /// <param name="se">Its standard error.</param>
    /// <param name="n">Arm size, when known (for the geometry only).</param>
    public static NetworkArmRow Estimate(string study, string treatment, double yi, double se, double? n = null) =>
        new(study, treatment) { Yi = yi, Se = se, N = n };
}
