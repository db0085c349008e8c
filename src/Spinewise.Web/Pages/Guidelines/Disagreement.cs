using Spinewise.Domain.Conflicts;
using Spinewise.Domain.Vocabulary;

namespace Spinewise.Web.Pages.Guidelines;

/// <summary>One conflict shown on the home page: the intervention, the first position of each side, and the reasons sources give.</summary>
/// <param name="Intervention">The intervention.</param>
/// <param name="Conflict">The conflict (its pain type, kind and reasons).</param>
/// <param name="First">The first position of one side.</param>
/// <param name="Second">The first position of the other side.</param>
/// <param name="ReasonLabels">The distinct kinds of reason sources give, in the order given.</param>
internal sealed record Disagreement(Intervention Intervention, Conflict Conflict, GuidelinePosition First, GuidelinePosition Second, IReadOnlyList<string> ReasonLabels);
