namespace Spinewise.Domain.Cases;

/// <summary>The sex a case records.</summary>
public enum Sex
{
    /// <summary>Female.</summary>
    Female,

    /// <summary>Male.</summary>
    Male,

    /// <summary>Another sex, or intersex.</summary>
    Other,
}
