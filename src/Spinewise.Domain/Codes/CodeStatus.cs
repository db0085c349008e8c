namespace Spinewise.Domain.Codes;

/// <summary>Whether a code may be written, or only read.</summary>
public enum CodeStatus
{
    /// <summary>A current code: read on input and written on output.</summary>
    Active,

    /// <summary>A code deleted from its terminology (ICD-10-CM M54.5 since FY2022): accepted on input, never written.</summary>
    Deleted,

    /// <summary>A non-billable parent code (subdivided since): accepted on input, never written.</summary>
    Parent,
}
