namespace Spinewise.Domain;

/// <summary>
/// The version of a loaded knowledge base: a SHA-256 content hash over every knowledge file (path and bytes), so two
/// folders with the same files have the same version and any edit changes it. Every output carries it.
/// </summary>
/// <param name="Sha256">Lower-case hexadecimal SHA-256 of the knowledge files.</param>
public readonly record struct KnowledgeVersion(string Sha256)
{
    /// <summary>The short form shown to people and written in outputs: the first 12 hexadecimal digits.</summary>
    public string Display => Sha256.Length <= 12 ? Sha256 : Sha256[..12];

    /// <inheritdoc />
    public override string ToString() => Display;
}
