using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The escalc settings echoed in the output: measure, column mapping and zero-cell options as applied.</summary>
public  record EscalcSettings
{
    /// <summary>The effect-size measure, e.g. <c>RR</c>.</summary>
    [JsonPropertyName("measure"), JsonPropertyOrder(0)]
    public required string Measure { get; init; }

    /// <summary>metafor argument → CSV column read for it.</summary>
    [JsonPropertyName("columns"), JsonPropertyOrder(1)]
    public required IReadOnlyDictionary<string, string> Columns { get; init; }

    /// <summary>The zero-cell correction applied.</summary>
    [JsonPropertyName("add"), JsonPropertyOrder(2)]
    public required double Add { get; init; }

    /// <summary>Where the correction applies: <c>only0</c>, <c>all</c>, <c>if0all</c>, <c>none</c>.</summary>
    [JsonPropertyName("to"), JsonPropertyOrder(3)]
    public required string To { get; init; }

    /// <summary>Whether double-zero tables were set to missing.</summary>
    [JsonPropertyName("drop00"), JsonPropertyOrder(4)]
    public required bool Drop00 { get; init; }

    /// <summary>The sampling-variance type, <c>LS</c> or <c>UB</c>.</summary>
    [JsonPropertyName("vtype"), JsonPropertyOrder(5)]
    public required string VType { get; init; }
}
