namespace Spinewise.Domain.Cases;

/// <summary>The pain type a case records: axial, radicular, or both.</summary>
public enum PainPresentation
{
    /// <summary>Axial pain only.</summary>
    Axial,

    /// <summary>Radicular pain only.</summary>
    Radicular,

    /// <summary>Axial and radicular pain together.</summary>
    AxialAndRadicular,
}
