using System.Text.Json.Serialization;

namespace Spinewise.Application.Meta.Contracts;

/// <summary>The settings every study-level analysis echoes: the rows' source and where yi/vi came from.</summary>
public abstract record StudySettings
{
    /// <summary>The rows' source (file name or request body).</summary>
    [JsonPropertyName("file"), JsonPropertyOrder(0)]
    public required string File { get; init; }

    /// <summary>The escalc settings when yi/vi were computed from raw columns; absent otherwise.</summary>
    [JsonPropertyName("escalc"), JsonPropertyOrder(1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EscalcSettings? Escalc { get; init; }

    /// <summary>The yi column when yi/vi were read; absent otherwise.</summary>
    [JsonPropertyName("yi"), JsonPropertyOrder(2)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Yi { get; init; }

    /// <summary>The vi column when yi/vi were read; absent otherwise.</summary>
    [JsonPropertyName("vi"), JsonPropertyOrder(3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Vi { get; init; }
}
