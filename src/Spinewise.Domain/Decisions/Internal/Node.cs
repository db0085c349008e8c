using Spinewise.Domain.Eligibility;

namespace Spinewise.Domain.Decisions.Internal;

/// <summary>
/// One compiled test node. Nodes are laid out in post-order, so a node's children come before it and a whole subtree is
/// the contiguous range ending at its root; evaluating the array front to back evaluates every criterion.
/// </summary>
/// <param name="Op">What the node does.</param>
/// <param name="Arg">Condition, number slot, flag slot or history-spec index.</param>
/// <param name="Comparison">For numbers: how the value is compared.</param>
/// <param name="Value">For numbers: the threshold (lower bound for between).</param>
/// <param name="Upper">For numbers: the upper bound for between.</param>
/// <param name="ChildStart">For connectives: first index into the children array.</param>
/// <param name="ChildCount">For connectives: number of children.</param>
/// <param name="Question">For leaves: the question that asks for the fact, or -1.</param>
internal readonly record struct Node(Op Op, int Arg, NumericComparison Comparison, double Value, double Upper, int ChildStart, int ChildCount, int Question)
{
    public bool IsLeaf => Op < Op.AllOf;
}
