using Spinewise.Persistence.Internal;

namespace Spinewise.Persistence;

/// <summary>
/// One CDS Hooks feedback item as an EHR posted it to <c>{baseUrl}/cds-services/{id}/feedback</c>: what the clinician
/// did with a card (accepted a suggestion, or overrode it with a reason), linked to the evaluation that returned the
/// card when it is known.
/// </summary>
/// <remarks>Two records are equal when every property is, comparing the byte-valued ones byte by byte.</remarks>
public sealed record CdsFeedbackRecord
{
    private readonly DateTimeOffset _receivedAt;

    /// <summary>The feedback id: a UUIDv7 at <see cref="ReceivedAt"/>.</summary>
    public required Guid Id { get; init; }

    /// <summary>When the feedback was received, from the caller's <see cref="TimeProvider"/>; kept in UTC to the microsecond.</summary>
    public required DateTimeOffset ReceivedAt
    {
        get => _receivedAt;
        init => _receivedAt = StoreTime.Normalize(value);
    }

    /// <summary>The id of the CDS service the feedback was posted to.</summary>
    public required string ServiceId { get; init; }

    /// <summary>The <c>card</c> member: the uuid of the card it answers, as sent.</summary>
    public required string CardUuid { get; init; }

    /// <summary>The evaluation whose answer held the card; <see langword="null"/> when no stored answer holds it.</summary>
    public Guid? EvaluationId { get; init; }

    /// <summary>The <c>outcome</c> member: <c>accepted</c> or <c>overridden</c>.</summary>
    public required string Outcome { get; init; }

    /// <summary>The <c>overrideReason</c> object as received (JSON), when sent.</summary>
    public byte[]? OverrideReason { get; init; }

    /// <summary>The <c>acceptedSuggestions</c> array as received (JSON), when sent.</summary>
    public byte[]? AcceptedSuggestions { get; init; }

    /// <summary>The <c>outcomeTimestamp</c> member as the EHR sent it.</summary>
    public required string OutcomeTimestamp { get; init; }

    /// <summary>The feedback item exactly as received (JSON).</summary>
    public required byte[] Body { get; init; }

    /// <inheritdoc />
    public bool Equals(CdsFeedbackRecord? other) =>
        other is not null
        && Id == other.Id && ReceivedAt == other.ReceivedAt && ServiceId == other.ServiceId && CardUuid == other.CardUuid
        && EvaluationId == other.EvaluationId && Outcome == other.Outcome && OutcomeTimestamp == other.OutcomeTimestamp
        && Same(OverrideReason, other.OverrideReason) && Same(AcceptedSuggestions, other.AcceptedSuggestions)
        && Body.AsSpan().SequenceEqual(other.Body);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, ReceivedAt, CardUuid);

    /// <summary>Throws when the record breaks an invariant (a caller's bug, not bad input).</summary>
    internal void ThrowIfInvalid()
    {
        if (Id.Version != 7)
        {
            throw new ArgumentException($"The feedback id {Id} is not a UUIDv7.", nameof(Id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(ServiceId);
        ArgumentException.ThrowIfNullOrWhiteSpace(CardUuid);
        ArgumentException.ThrowIfNullOrWhiteSpace(Outcome);
        ArgumentException.ThrowIfNullOrWhiteSpace(OutcomeTimestamp);
        ArgumentNullException.ThrowIfNull(Body);
    }

    private static bool Same(byte[]? a, byte[]? b) => a is null ? b is null : b is not null && a.AsSpan().SequenceEqual(b);
}
