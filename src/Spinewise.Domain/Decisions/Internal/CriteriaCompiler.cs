using Spinewise.Domain.Cases;
using Spinewise.Domain.Eligibility;
using Spinewise.Domain.Grading;

namespace Spinewise.Domain.Decisions.Internal;

/// <summary>Compiles every criterion test of the knowledge into one post-order node array.</summary>
internal sealed class CriteriaCompiler(QuestionCatalogue questions, FactIndex facts)
{
    private readonly List<Node> _nodes = [];
    private readonly List<int> _children = [];
    private readonly List<HistorySpec> _history = [];

    public Node[] Nodes => [.. _nodes];

    public int[] Children => [.. _children];

    public HistorySpec[] History => [.. _history];

    public CompiledCriterion Compile(Criterion criterion)
    {
        var start = _nodes.Count;
        var root = Emit(criterion.Test);
        return new CompiledCriterion(criterion, start, root);
    }

    private int Emit(CriterionTest test)
    {
        switch (test)
        {
            case ConditionTest c:
                var condition = facts.Condition(c.Condition);
                return Add(new Node(Op.Condition, condition, default, 0, 0, 0, 0, questions.Condition(condition)));
            case PainTypeTest p:
                return Add(new Node(p.PainType == PainType.Axial ? Op.PainAxial : Op.PainRadicular, 0, default, 0, 0, 0, 0, questions.PainType()));
            case FactTest f:
                return Add(new Node(Op.Number, facts.NumberSlot(f.Fact), f.Comparison, f.Value, f.Upper, 0, 0, questions.Number(f.Fact)));
            case FlagTest f:
                return Add(new Node(Op.Flag, facts.FlagSlot(f.Flag), default, 0, 0, 0, 0, questions.Flag(f.Flag)));
            case HistoryTest h:
                var intervention = facts.Intervention(h.Intervention);
                _history.Add(new HistorySpec(intervention, h.Outcome, h.MinMonths ?? double.NaN, h.MinReliefPercent ?? double.NaN, h.WithinMonths ?? double.NaN));
                return Add(new Node(Op.History, _history.Count - 1, default, 0, 0, 0, 0, questions.History(intervention, h)));
            case NotTest n:
                return Connective(Op.Not, [n.Part]);
            case AllOfTest a:
                return Connective(Op.AllOf, a.Parts);
            case AnyOfTest a:
                return Connective(Op.AnyOf, a.Parts);
            default:
                throw new ArgumentOutOfRangeException(nameof(test), test.GetType().Name, "unknown criterion test");
        }
    }

    private int Connective(Op op, IReadOnlyList<CriterionTest> parts)
    {
        var indices = parts.Select(Emit).ToList();
        var start = _children.Count;
        _children.AddRange(indices);
        return Add(new Node(op, 0, default, 0, 0, start, indices.Count, -1));
    }

    private int Add(Node node)
    {
        _nodes.Add(node);
        return _nodes.Count - 1;
    }
}
