using Spinewise.Domain.Cases;
using Spinewise.Domain.Eligibility;
using Spinewise.Domain.Grading;
using Spinewise.Domain.Text;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Knowledge.Internal.Readers;

/// <summary>Reads a criterion's <c>test</c>: exactly one of condition, painType, fact, flag, history, allOf, anyOf, not.</summary>
internal static class CriterionTestReader
{
    private static readonly string[] Kinds = ["condition", "painType", "fact", "flag", "history", "allOf", "anyOf", "not"];
    private static readonly string[] Comparisons = ["atLeast", "atMost", "above", "below", "between"];
    private static readonly string[] HistoryQualifiers = ["outcome", "minMonths", "minReliefPercent", "withinMonths"];

    public static CriterionTest? Read(MapNode map, LoadContext context)
    {
        var kinds = map.Keys.Where(k => Kinds.Contains(k, StringComparer.Ordinal)).ToList();
        if (kinds.Count != 1)
        {
            context.Bag.Add(DiagnosticCodes.BadCriterionTest, map.At,
                kinds.Count == 0 ? $"a test names one of: {string.Join(", ", Kinds)}" : $"a test names one kind of fact but this names {string.Join(", ", kinds)}");
            map.ExpectKeys([.. Kinds, .. Comparisons, .. HistoryQualifiers]);
            return null;
        }

        return kinds[0] switch
        {
            "condition" => Condition(map, context),
            "painType" => PainTypeOf(map),
            "fact" => Fact(map, context),
            "flag" => Flag(map, context),
            "history" => History(map, context),
            "not" => map.Map("not", required: true) is { } inner && Read(inner, context) is { } part ? new NotTest(part) : null,
            _ => Combination(map, kinds[0], context),
        };
    }

    private static ConditionTest? Condition(MapNode map, LoadContext context)
    {
        map.ExpectKeys("condition");
        var id = map.Text("condition", required: true);
        if (id is null)
        {
            return null;
        }

        context.Reference(ReferenceKind.Condition, id, map.LocationOf("condition"));
        return new ConditionTest(new ConditionId(id));
    }

    private static PainTypeTest? PainTypeOf(MapNode map)
    {
        map.ExpectKeys("painType");
        return map.Enum<PainType>("painType", required: true) is { } painType ? new PainTypeTest(painType) : null;
    }

    private static FactTest? Fact(MapNode map, LoadContext context)
    {
        map.ExpectKeys(["fact", .. Comparisons]);
        var fact = map.Text("fact", required: true);
        var known = CaseFacts.NumericFactKeys().ToList();
        if (fact is not null && !known.Contains(fact, StringComparer.Ordinal))
        {
            context.Bag.Add(DiagnosticCodes.BadCriterionTest, map.LocationOf("fact"),
                $"unknown case fact '{fact}'{NearestMatch.Hint(fact, known, 2, $"; known: {string.Join(", ", known)}")}");
            fact = null;
        }

        var given = Comparisons.Where(map.Has).ToList();
        if (given.Count != 1)
        {
            context.Bag.Add(DiagnosticCodes.BadCriterionTest, map.At, $"a fact test needs exactly one of {string.Join(", ", Comparisons)}");
            return null;
        }

        if (given[0] == "between")
        {
            var bounds = map.NumberList("between", required: true);
            if (bounds.Count != 2 || bounds[0] > bounds[1])
            {
                context.Bag.Add(DiagnosticCodes.BadCriterionTest, map.LocationOf("between"), "between takes two numbers, lower first: [lower, upper]");
                return null;
            }

            return fact is null ? null : new FactTest(fact, NumericComparison.Between, bounds[0], bounds[1]);
        }

        var value = map.Number(given[0], required: true);
        var comparison = given[0] switch
        {
            "atLeast" => NumericComparison.AtLeast,
            "atMost" => NumericComparison.AtMost,
            "above" => NumericComparison.Above,
            _ => NumericComparison.Below,
        };
        return fact is null || value is null ? null : new FactTest(fact, comparison, value.Value);
    }

    private static FlagTest? Flag(MapNode map, LoadContext context)
    {
        map.ExpectKeys("flag");
        var flag = map.Text("flag", required: true);
        if (flag is null)
        {
            return null;
        }

        if (CaseFacts.FindFlag(flag) is null)
        {
            context.Bag.Add(DiagnosticCodes.BadCriterionTest, map.LocationOf("flag"),
                $"unknown case flag '{flag}'{NearestMatch.Hint(flag, CaseFacts.Flags.Select(f => f.Key), 2)}");
            return null;
        }

        return new FlagTest(flag);
    }

    private static HistoryTest? History(MapNode map, LoadContext context)
    {
        map.ExpectKeys(["history", .. HistoryQualifiers]);
        var id = map.Text("history", required: true);
        if (id is null)
        {
            return null;
        }

        context.Reference(ReferenceKind.Intervention, id, map.LocationOf("history"));
        var outcome = map.Enum<HistoryOutcome>("outcome", required: false);
        return new HistoryTest(new InterventionId(id), outcome, map.Number("minMonths", false), map.Number("minReliefPercent", false), map.Number("withinMonths", false));
    }

    private static CriterionTest? Combination(MapNode map, string kind, LoadContext context)
    {
        map.ExpectKeys(kind);
        var parts = map.MapList(kind, required: true).Select(m => Read(m, context)).ToList();
        if (parts.Count == 0 || parts.Any(p => p is null))
        {
            return null;
        }

        var list = parts.Select(p => p!).ToList();
        return kind == "allOf" ? new AllOfTest(list) : new AnyOfTest(list);
    }
}
