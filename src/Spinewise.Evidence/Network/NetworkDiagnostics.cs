namespace Spinewise.Evidence.Network;

/// <summary>
/// Stable codes of the problems <see cref="NetworkMetaAnalysis.Fit"/> reports (besides <see cref="NetworkGeometry"/>'s
/// <c>NO_DATA</c>, <c>MISSING_NAME</c>, <c>ONE_ARM_STUDY</c>, <c>DUPLICATE_ARM</c> and <c>DISCONNECTED</c>, passed on as they are).
/// </summary>
public static class NetworkDiagnostics
{
    /// <summary>An arm lacks a value the measure needs (events/n, mean/sd/n, or yi/se).</summary>
    public const string MissingValue = "NMA_MISSING_VALUE";

    /// <summary>A value out of range: a negative or non-finite count, events above n, an sd or se not above 0, a non-finite yi or vi.</summary>
    public const string InvalidValue = "NMA_INVALID_VALUE";

    /// <summary>Arm rows of different kinds (events, means, estimates) in one data set.</summary>
    public const string MixedArms = "NMA_MIXED_ARMS";

    /// <summary>The measure cannot be built from these arms (e.g. PETO, or MD from events).</summary>
    public const string UnsupportedMeasure = "NMA_UNSUPPORTED_MEASURE";

    /// <summary>The reference (or another named treatment) has no data in the network.</summary>
    public const string UnknownTreatment = "NMA_UNKNOWN_TREATMENT";

    /// <summary>A contrast compares a treatment with itself.</summary>
    public const string SameTreatment = "NMA_SAME_TREATMENT";

    /// <summary>A study's contrasts are redundant (more than arms - 1, or linearly dependent) or do not link all its arms.</summary>
    public const string StudyContrasts = "NMA_STUDY_CONTRASTS";

    /// <summary>V is not k × k, or is not symmetric, or correlates contrasts of different studies.</summary>
    public const string VShape = "NMA_V_SHAPE";

    /// <summary>A study's block of V is not positive definite (singular).</summary>
    public const string SingularV = "NMA_SINGULAR_V";

    /// <summary>escalc gave no finite estimate or variance for a contrast (e.g. a variance of 0).</summary>
    public const string NonFiniteEffect = "NMA_NONFINITE_EFFECT";

    /// <summary>The arm-based model needs arm-level data.</summary>
    public const string ArmBasedNeedsArms = "NMA_ARM_BASED_NEEDS_ARMS";

    /// <summary>Options out of range (a correlation outside [-1, 1], a level outside (0, 100), a method other than REML/ML/EE/FE).</summary>
    public const string InvalidOption = "NMA_INVALID_OPTION";

    /// <summary>The model cannot be fitted to these data (optimiser did not converge, X'V⁻¹X singular, …); the message says why.</summary>
    public const string FitFailed = "NMA_FIT_FAILED";

    /// <summary>A study has no value of the moderator, or a non-finite one.</summary>
    public const string MissingModerator = "NMA_MISSING_MODERATOR";

    /// <summary>Warning: contrasts of a multi-arm study given without their covariances are taken as uncorrelated.</summary>
    public const string MultiArmWithoutCovariance = "NMA_MULTIARM_NO_COVARIANCE";

    /// <summary>Warning: escalc's zero-cell correction was applied to a contrast.</summary>
    public const string ZeroCellCorrection = "NMA_ZERO_CELL_CORRECTION";
}
