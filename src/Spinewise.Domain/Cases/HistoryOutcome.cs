namespace Spinewise.Domain.Cases;

/// <summary>How an intervention in a case's history turned out.</summary>
public enum HistoryOutcome
{
    /// <summary>It did not give sufficient relief.</summary>
    Failed,

    /// <summary>It gave partial relief.</summary>
    Partial,

    /// <summary>It gave the relief sought.</summary>
    Effective,

    /// <summary>It could not be tolerated.</summary>
    NotTolerated,
}
