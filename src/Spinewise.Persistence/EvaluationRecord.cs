using Spinewise.Persistence.Internal;

namespace Spinewise.Persistence;

/// <summary>
/// One stored evaluation: the input exactly as received and what identifies the answer given. The answer itself is
/// not stored: the engine is deterministic, so the same input, as-of date, knowledge version and engine build give
/// the same bytes again, and <see cref="OutputSha256"/> and <see cref="OutputLength"/> prove it.
/// </summary>
/// <remarks>Two records are equal when every property is, comparing <see cref="Input"/> byte by byte.</remarks>
public sealed record EvaluationRecord
{
    private readonly DateTimeOffset _createdAt;

    /// <summary>The evaluation id: a UUIDv7 (<see cref="Guid.CreateVersion7(DateTimeOffset)"/> at <see cref="CreatedAt"/>).</summary>
    public required Guid Id { get; init; }

    /// <summary>When the evaluation was made, from the caller's <see cref="TimeProvider"/>; kept in UTC to the microsecond.</summary>
    public required DateTimeOffset CreatedAt
    {
        get => _createdAt;
        init => _createdAt = StoreTime.Normalize(value);
    }

    /// <summary>The channel the request came by: <c>api</c> or <c>cds-hooks</c>.</summary>
    public required string Channel { get; init; }

    /// <summary>The case's own id when the input names one; <see langword="null"/> otherwise.</summary>
    public string? CaseId { get; init; }

    /// <summary>The date the case was evaluated as of (the effective one, also when the caller gave none).</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The knowledge version the answer was given on; stored in the knowledge versions table.</summary>
    public required string KnowledgeVersion { get; init; }

    /// <summary>The request body exactly as received.</summary>
    public required byte[] Input { get; init; }

    /// <summary>The media type the body was received as, e.g. <c>application/json</c>.</summary>
    public required string InputContentType { get; init; }

    /// <summary>SHA-256 of the answer's bytes as sent, lower-case hexadecimal.</summary>
    public required string OutputSha256 { get; init; }

    /// <summary>Length of the answer in bytes.</summary>
    public required long OutputLength { get; init; }

    /// <summary>The media type the answer was sent as, e.g. <c>application/json</c>.</summary>
    public required string OutputContentType { get; init; }

    /// <summary>The build of the engine that answered (its informational version), which a replay must match to expect the same bytes.</summary>
    public required string EngineVersion { get; init; }

    /// <summary>The CDS Hooks call's <c>hookInstance</c> (channel <c>cds-hooks</c>); <see langword="null"/> for other channels.</summary>
    public string? HookInstance { get; init; }

    /// <summary>The CDS Hooks hook that was called (<c>patient-view</c>, <c>order-select</c>, <c>order-sign</c>); <see langword="null"/> for other channels.</summary>
    public string? Hook { get; init; }

    /// <summary>The CDS Hooks response (<c>{"cards":[…]}</c>) exactly as sent; <see langword="null"/> for other channels.</summary>
    public byte[]? Cards { get; init; }

    /// <inheritdoc />
    public bool Equals(EvaluationRecord? other) =>
        other is not null
        && Id == other.Id && CreatedAt == other.CreatedAt && Channel == other.Channel && CaseId == other.CaseId
        && AsOf == other.AsOf && KnowledgeVersion == other.KnowledgeVersion && Input.AsSpan().SequenceEqual(other.Input)
        && InputContentType == other.InputContentType && OutputSha256 == other.OutputSha256
        && OutputLength == other.OutputLength && OutputContentType == other.OutputContentType
        && EngineVersion == other.EngineVersion && HookInstance == other.HookInstance && Hook == other.Hook
        && (Cards is null ? other.Cards is null : other.Cards is not null && Cards.AsSpan().SequenceEqual(other.Cards));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, CreatedAt, OutputSha256);

    /// <summary>Throws when the record breaks an invariant (a caller's bug, not bad input).</summary>
    internal void ThrowIfInvalid()
    {
        if (Id.Version != 7)
        {
            throw new ArgumentException($"The evaluation id {Id} is not a UUIDv7.", nameof(Id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(Channel);
        ArgumentException.ThrowIfNullOrWhiteSpace(KnowledgeVersion);
        ArgumentNullException.ThrowIfNull(Input);
        ArgumentException.ThrowIfNullOrWhiteSpace(InputContentType);
        ArgumentException.ThrowIfNullOrWhiteSpace(OutputContentType);
        ArgumentException.ThrowIfNullOrWhiteSpace(EngineVersion);
        ArgumentOutOfRangeException.ThrowIfNegative(OutputLength);
        if (HookInstance is { Length: 0 } || Hook is { Length: 0 })
        {
            throw new ArgumentException("HookInstance and Hook are null or not empty.", nameof(HookInstance));
        }

        if (OutputSha256 is null || OutputSha256.Length != 64 || !OutputSha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("OutputSha256 must be 64 lower-case hexadecimal digits.", nameof(OutputSha256));
        }
    }
}
