namespace Spinewise.Application;

/// <summary>A parameter whose value is not one the use case accepts (not an unknown id: an ill-formed value).</summary>
/// <param name="Parameter">The parameter at fault, e.g. <c>pain</c>.</param>
/// <param name="Value">The value as given.</param>
/// <param name="Message">What is wrong, in words.</param>
/// <param name="Allowed">The accepted values when they are few; otherwise empty.</param>
public sealed record InvalidParameterFailure(string Parameter, string Value, string Message, IReadOnlyList<string> Allowed) : UseCaseFailure;
