using System.Text;

namespace Spinewise.Fhir.Internal;

/// <summary>The FHIRPath of the element being read (<c>Bundle.entry[3].resource.code.coding</c>), kept as a stack and written only when needed.</summary>
internal sealed class FhirPath(string root)
{
    /// <summary>The root resource's path: its type, or the prefetch key it is under.</summary>
    public string Root { get; set; } = root;

    private readonly List<(string Name, int Index)> _steps = [];

    public void Push(string name) => _steps.Add((name, -1));

    public void Pop() => _steps.RemoveAt(_steps.Count - 1);

    /// <summary>Sets the array index of the innermost step (-1: none).</summary>
    public void SetIndex(int index) => _steps[^1] = (_steps[^1].Name, index);

    public override string ToString()
    {
        var text = new StringBuilder(Root);
        foreach (var (name, index) in _steps)
        {
            text.Append('.').Append(name);
            if (index >= 0)
            {
                text.Append('[').Append(index).Append(']');
            }
        }

        return text.ToString();
    }
}
