namespace Spinewise.Web.Pages.Evaluate;

/// <summary>
/// The problems of one submission: each beside the field it concerns (by the field's element id) and all in the error
/// summary, which links to the field; a problem of no field (a contradiction, a JSON syntax error) is in the summary only.
/// </summary>
internal sealed class FormErrors
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

    public List<(string? FieldId, string Message)> Summary { get; } = [];

    public bool Any => Summary.Count > 0;

    public void Add(string? fieldId, string message)
    {
        Summary.Add((fieldId, message));
        if (fieldId is null)
        {
            return;
        }

        if (!_byField.TryGetValue(fieldId, out var list))
        {
            _byField[fieldId] = list = [];
        }

        list.Add(message);
    }

    public IReadOnlyList<string> Of(string fieldId) => _byField.TryGetValue(fieldId, out var list) ? list : [];

    public bool Has(string fieldId) => _byField.ContainsKey(fieldId);
}
