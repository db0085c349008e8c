using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The settings of an escalc run: the escalc settings, the rows' source and the output file (CLI only).</summary>
public sealed record EscalcRunSettings : EscalcSettings
{
    /// <summary>The rows' source (file name or request body).</summary>
    [JsonPropertyName("file"), JsonPropertyOrder(6)]
    public required string File { get; init; }

    /// <summary>The CSV written with yi and vi appended (the CLI's <c>--out</c>), or null.</summary>
    [JsonPropertyName("out"), JsonPropertyOrder(7)]
    public string? Out { get; init; }
}
