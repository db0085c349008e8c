namespace Spinewise.Knowledge.Internal;

/// <summary>A reference to an id, checked once every file has been read. <paramref name="Scope"/> qualifies scoped ids (a topic's guideline, a variant's intervention).</summary>
internal sealed record PendingReference(ReferenceKind Kind, string Id, string? Scope, Location At);
