using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Spinewise.Domain;
using Spinewise.Domain.Grading;

namespace Spinewise.Web.Pages.Guidelines;

/// <summary>One guideline: publication, scope and population, its grading scheme explained, every recommendation by topic, and its published tables.</summary>
internal sealed class GuidelineModel(GuidelineCatalog catalog) : PageModel
{
    public GuidelineView View { get; private set; } = null!;

    public KnowledgeBase Knowledge => catalog.Knowledge;

    public IActionResult OnGet(string id)
    {
        if (catalog.Find(id) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }

    /// <summary>A pain type in words.</summary>
    public static string Words(PainType painType) => painType == PainType.Axial ? "axial" : "radicular";

    /// <summary>A certainty on the common scale in words, or "not mapped".</summary>
    public static string Words(Certainty? certainty) => certainty switch
    {
        Certainty.High => "high",
        Certainty.Moderate => "moderate",
        Certainty.Low => "low",
        Certainty.VeryLow => "very low",
        _ => "not mapped (no source defines it)",
    };

    /// <summary>A strength on the common scale in words.</summary>
    public static string Words(StrengthLevel strength) => strength switch
    {
        StrengthLevel.Strong => "strong",
        StrengthLevel.Moderate => "moderate",
        _ => "conditional",
    };

    /// <summary>A certainty vocabulary in words.</summary>
    public static string Words(CertaintyVocabulary vocabulary) => vocabulary switch
    {
        CertaintyVocabulary.Uspstf => "USPSTF certainty of net benefit",
        CertaintyVocabulary.Grade => "GRADE certainty of evidence",
        _ => "outside the scheme’s vocabulary",
    };

    /// <summary>A pain duration in words.</summary>
    public static string Words(PainDuration duration) => duration switch
    {
        PainDuration.Acute => "acute",
        PainDuration.Chronic => "chronic",
        _ => "acute or subacute",
    };
}
