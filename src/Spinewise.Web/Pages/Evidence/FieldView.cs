using Spinewise.Application.Meta;

namespace Spinewise.Web.Pages.Evidence;

/// <summary>One generic option field: the option, its label, the value typed and its errors.</summary>
/// <param name="Spec">The option.</param>
/// <param name="Label">The label shown.</param>
/// <param name="Value">The value typed, or null.</param>
/// <param name="Errors">Its problems.</param>
internal sealed record FieldView(MetaOptionSpec Spec, string Label, string? Value, IReadOnlyList<string> Errors)
{
    /// <summary>The field of an option as asked in this request.</summary>
    public static FieldView Of(IndexModel page, string name, string? label = null) =>
        new(WorkbenchFields.Spec(name), label ?? name, page.Query[name], page.Errors.Of(name));
}
