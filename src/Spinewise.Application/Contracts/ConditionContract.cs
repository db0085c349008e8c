namespace Spinewise.Application.Contracts;

/// <summary>One condition.</summary>
/// <param name="KnowledgeVersion">The knowledge version (SHA-256).</param>
/// <param name="Condition">The condition.</param>
public sealed record ConditionContract(string KnowledgeVersion, VocabularyEntryJson Condition);
