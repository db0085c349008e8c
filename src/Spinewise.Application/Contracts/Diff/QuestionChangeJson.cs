namespace Spinewise.Application.Contracts.Diff;

/// <summary>A question to ask next that appears or disappears.</summary>
/// <param name="Criterion">The fact's key.</param>
/// <param name="Question">The question.</param>
/// <param name="Change">Added or removed.</param>
public sealed record QuestionChangeJson(string Criterion, string Question, ChangeKind Change);
