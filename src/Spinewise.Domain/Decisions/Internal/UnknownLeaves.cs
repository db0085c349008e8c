using Spinewise.Domain.Eligibility;

namespace Spinewise.Domain.Decisions.Internal;

/// <summary>
/// Walks an evaluated test from a node down through its unknown nodes only, handing the question of every unknown leaf
/// to a visitor: the facts whose answer could still settle that test.
/// </summary>
internal static class UnknownLeaves
{
    public static void Visit<TVisitor>(DecisionEngine engine, EvaluationScratch s, int node, ref TVisitor visitor)
        where TVisitor : struct, IQuestionVisitor
    {
        if (s.NodeResults[node] != Truth.Unknown)
        {
            return;
        }

        ref readonly var n = ref engine.Nodes[node];
        if (n.IsLeaf)
        {
            visitor.Question(n.Question);
            return;
        }

        for (var c = n.ChildStart; c < n.ChildStart + n.ChildCount; c++)
        {
            Visit(engine, s, engine.Children[c], ref visitor);
        }
    }
}
