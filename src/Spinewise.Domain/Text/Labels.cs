namespace Spinewise.Domain.Text;

/// <summary>Vocabulary labels inside a sentence.</summary>
public static class Labels
{
    /// <summary>
    /// The label with its first letter in lower case, for use mid-sentence ("Vertebral compression fracture" →
    /// "vertebral compression fracture"), leaving acronyms and names that start with two capitals as they are ("SI joint").
    /// </summary>
    /// <param name="label">A vocabulary label.</param>
    public static string Lower(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;
    }
}
