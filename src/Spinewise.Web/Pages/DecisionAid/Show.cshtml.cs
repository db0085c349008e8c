using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Spinewise.Domain.Decisions;
using Spinewise.Persistence;
using Spinewise.Web.Features.CdsHooks;
using Spinewise.Web.Features.Evaluations;
using Spinewise.Web.Hosting;

namespace Spinewise.Web.Pages.DecisionAid;

/// <summary>
/// <c>/decision-aid/{intervention}</c>, optionally <c>?evaluation={id}</c>: the plain-language decision aid, and for a
/// stored evaluation a short part on this patient's status for the procedure and what is still unknown. An unknown
/// intervention or evaluation is a 404 page; reading an evaluation follows the audit trail's access policy.
/// </summary>
internal sealed class ShowModel(
    DecisionAidViews views,
    IEvaluationStore store,
    StoredEvaluations evaluations,
    IAuthorizationPolicyProvider policies,
    IPolicyEvaluator evaluator) : PageModel
{
    public DecisionAidView View { get; private set; } = null!;

    /// <summary>This patient's assessment for the procedure, when an evaluation was named.</summary>
    public InterventionAssessment? ForYou { get; private set; }

    /// <summary>What is still unknown that bears on this procedure, when an evaluation was named.</summary>
    public IReadOnlyList<AskNextQuestion> Unknowns { get; private set; } = [];

    public DateOnly? EvaluatedAsOf { get; private set; }

    public async Task<IActionResult> OnGetAsync(string intervention, string? evaluation, CancellationToken cancellationToken)
    {
        if (views.Find(intervention, out var canonical) is not { } view)
        {
            return canonical is null ? NotFound() : RedirectPermanent($"/decision-aid/{Uri.EscapeDataString(canonical)}{Request.QueryString}");
        }

        View = view;
        if (evaluation is null)
        {
            return Page();
        }

        var policy = await policies.GetPolicyAsync(AuthSetup.StoredEvaluations) ?? throw new InvalidOperationException("The stored-evaluations policy is not registered.");
        var authentication = await evaluator.AuthenticateAsync(policy, HttpContext);
        if (!(await evaluator.AuthorizeAsync(policy, authentication, HttpContext, resource: null)).Succeeded)
        {
            return Unauthorized();
        }

        if (await EvaluationsApi.FindAsync(evaluation, store, cancellationToken) is not { } record || record.Channel == CdsHookRecorder.Channel)
        {
            return NotFound();
        }

        var report = (await evaluations.EvaluateAsync(record, host: null, cancellationToken)).Report;
        ForYou = report.Interventions.FirstOrDefault(a => a.Intervention.Id == view.Intervention.Id);
        Unknowns = [.. report.AskNext.Where(q => q.Affects.Contains(view.Intervention.Id) || q.Applicability.Contains(view.Intervention.Id))];
        EvaluatedAsOf = report.AsOf;
        return Page();
    }
}
