using Spinewise.Domain;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Fhir.Internal;

/// <summary>
/// The conditions that are the patient's low back (or leg) pain itself, whose onset is the start of the pain
/// (<c>docs/fhir.md</c>): low back pain and every condition the vocabulary says is a kind of it, and the painful
/// spinal conditions listed here. Cancer, infection, osteoporosis and spondylolisthesis are not: their onset is not
/// the pain's.
/// </summary>
internal static class PainConditions
{
    private static readonly ConditionId LowBackPain = new("low-back-pain");

    private static readonly HashSet<string> Listed =
    [
        "disc-herniation", "lumbar-spinal-stenosis", "neurogenic-claudication", "myofascial-pain", "post-surgical-spine-pain",
        "vertebral-compression-fracture",
    ];

    public static bool IsPain(KnowledgeBase knowledge, string condition) =>
        Listed.Contains(condition) || knowledge.ConditionsOverlap([new ConditionId(condition)], [LowBackPain]);
}
