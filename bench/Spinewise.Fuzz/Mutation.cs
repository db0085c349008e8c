namespace Spinewise.Fuzz;

/// <summary>One edit of an input, chosen by a generator and applied deterministically: what kind, and three free numbers (position, length, token).</summary>
internal readonly record struct Mutation(MutationKind Kind, int A, int B, int C);
