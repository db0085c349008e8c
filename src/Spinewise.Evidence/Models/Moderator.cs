namespace Spinewise.Evidence.Models;

/// <summary>A study-level moderator: numeric (<see cref="Values"/>) or categorical (<see cref="Levels"/>).</summary>
public sealed record Moderator
{
    /// <summary>Column-name prefix, e.g. <c>ablat</c> or <c>factor(alloc)</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Numeric values in study order (NaN = missing); null for categorical moderators.</summary>
    public IReadOnlyList<double>? Values { get; init; }

    /// <summary>Category labels in study order (null = missing); null for numeric moderators.</summary>
    public IReadOnlyList<string?>? Levels { get; init; }

    /// <summary>Creates a numeric moderator.</summary>
    public static Moderator Numeric(string name, IReadOnlyList<double> values) => new() { Name = name, Values = values };

    /// <summary>Creates a categorical moderator (treatment coding, first level in ordinal order as reference).</summary>
    public static Moderator Categorical(string name, IReadOnlyList<string?> levels) => new() { Name = name, Levels = levels };
}
