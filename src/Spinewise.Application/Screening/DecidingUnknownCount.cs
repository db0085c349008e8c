namespace Spinewise.Application.Screening;

/// <summary>A criterion whose unknown result decides an undetermined status, and for how many evaluated patients it does.</summary>
/// <param name="Criterion">The criterion id (<c>epidural-steroid-injection/infection</c>).</param>
/// <param name="Count">The patients for whom it is among the criteria that leave the status undetermined.</param>
public sealed record DecidingUnknownCount(string Criterion, long Count);
