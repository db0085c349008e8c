using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The settings of <c>meta mh</c> and <c>meta peto</c>.</summary>
public sealed record PooledSettings
{
    /// <summary>The rows' source.</summary>
    [JsonPropertyName("file"), JsonPropertyOrder(0)]
    public required string File { get; init; }

    /// <summary>The measure: OR, RR, RD, IRR, IRD or PETO.</summary>
    [JsonPropertyName("measure"), JsonPropertyOrder(1)]
    public required string Measure { get; init; }

    /// <summary>metafor argument → CSV column read for it.</summary>
    [JsonPropertyName("columns"), JsonPropertyOrder(2)]
    public required IReadOnlyDictionary<string, string> Columns { get; init; }

    /// <summary>The zero-cell correction.</summary>
    [JsonPropertyName("add"), JsonPropertyOrder(3)]
    public required double Add { get; init; }

    /// <summary>Where the correction applies.</summary>
    [JsonPropertyName("to"), JsonPropertyOrder(4)]
    public required string To { get; init; }

    /// <summary>Whether double-zero tables are dropped.</summary>
    [JsonPropertyName("drop00"), JsonPropertyOrder(5)]
    public required bool Drop00 { get; init; }

    /// <summary>The continuity correction of the CMH/MH tests (Mantel-Haenszel), null for Peto.</summary>
    [JsonPropertyName("correct"), JsonPropertyOrder(6)]
    public bool? Correct { get; init; }

    /// <summary>The confidence level in percent.</summary>
    [JsonPropertyName("level"), JsonPropertyOrder(7)]
    public required double Level { get; init; }
}
