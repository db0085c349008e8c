namespace Spinewise.Application;

/// <summary>An id (or name) that the knowledge does not define, with the nearest known ids.</summary>
/// <param name="Parameter">The parameter or argument that named it, e.g. <c>intervention</c>, <c>guideline</c>, <c>id</c>.</param>
/// <param name="Kind">What kind of id it is, in words: <c>intervention</c>, <c>condition</c>, <c>guideline</c>, <c>grade</c>, <c>trial</c>.</param>
/// <param name="Id">The id as given.</param>
/// <param name="Nearest">The nearest known ids (a synonym that matched is shown after its id, e.g. <c>lumbar-rfa (RFA)</c>); may be empty.</param>
/// <param name="Known">Every known id of that kind.</param>
public sealed record UnknownIdFailure(string Parameter, string Kind, string Id, IReadOnlyList<string> Nearest, IReadOnlyList<string> Known) : UseCaseFailure;
