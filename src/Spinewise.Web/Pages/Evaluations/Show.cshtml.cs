using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Spinewise.Domain.Decisions;
using Spinewise.Domain.Eligibility;
using Spinewise.Web.Features.CdsHooks;
using Spinewise.Web.Hosting;

namespace Spinewise.Web.Pages.Evaluations;

/// <summary>
/// <c>/evaluations/{id}</c>: a stored evaluation, its permanent page — procedures grouped by status, what to ask next,
/// each guideline's stance with why it applies, conflicts with reasons, criteria with sources, and the replay diff
/// when the knowledge has changed; for a CDS Hooks call (channel <c>cds-hooks</c>), the cards as sent. An unknown or
/// malformed id is the 404 page.
/// </summary>
[Authorize(Policy = AuthSetup.StoredEvaluations)]
internal sealed class ShowModel(EvaluationViews views) : PageModel
{
    public EvaluationView View { get; private set; } = null!;

    /// <summary>The procedure shown in full beside the candidates and the indicated undetermined ones (<c>?details=ID</c>), or every one (<c>all</c>).</summary>
    public string? Details { get; private set; }

    /// <summary>Set instead of <see cref="View"/> when the record is a CDS Hooks call (the page its cards link to).</summary>
    public HookCallView? HookCall { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? details, CancellationToken cancellationToken)
    {
        if (await views.FindRecordAsync(id, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        if (record.Channel == CdsHookRecorder.Channel)
        {
            if (details is not null)
            {
                return BadRequest();
            }

            HookCall = HookCallView.From(record);
            return Page();
        }

        var view = await views.ViewOfAsync(record, cancellationToken);
        if (details is not null && details != "all" && !view.Report.Interventions.Any(a => a.Intervention.Id.Value == details))
        {
            return BadRequest();
        }

        View = view;
        Details = details;
        return Page();
    }

    /// <summary>Whether a procedure is shown in full: a candidate, an undetermined one with an indication met, or the one asked for.</summary>
    public bool Expanded(InterventionAssessment a) =>
        Details == "all" || Details == a.Intervention.Id.Value || a.Status == CandidateStatus.Candidate
        || (a.Status == CandidateStatus.Undetermined && a.Criteria.Any(c => c.Criterion.Role == CriterionRole.Indication && c.Result == Truth.Met));
}
