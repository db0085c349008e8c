namespace Spinewise.Application.Meta;

/// <summary>An option a meta-analysis takes: the CLI's <c>--name VALUE</c>, the API's query parameter <c>name=VALUE</c>.</summary>
/// <param name="Name">The name without dashes (e.g. <c>method</c>, <c>plot-width</c>).</param>
/// <param name="Kind">What the value must be.</param>
/// <param name="HelpName">The value's placeholder in help (e.g. <c>COLUMN</c>).</param>
/// <param name="Description">Help text.</param>
/// <param name="Choices">The accepted values when fixed, or null.</param>
public sealed record MetaOptionSpec(string Name, MetaOptionKind Kind, string HelpName, string Description, IReadOnlyList<string>? Choices = null);
