namespace Spinewise.Application.Contracts;

/// <summary>The contract of <c>spinewise conditions --json</c>.</summary>
/// <param name="KnowledgeVersion">The knowledge version (SHA-256).</param>
/// <param name="Count">The number of conditions.</param>
/// <param name="Conditions">Every condition id with label and synonyms (<c>variants</c> is null).</param>
public sealed record ConditionsContract(string KnowledgeVersion, int Count, IReadOnlyList<VocabularyEntryJson> Conditions);
