using Spinewise.Domain.Sources;

namespace Spinewise.Domain.Grading;

/// <summary>
/// A grading scheme: its grades, evidence levels (with the published spellings that map onto them) and the
/// certainty labels its recommendations use.
/// </summary>
/// <param name="Id">Stable id.</param>
/// <param name="Name">Human-readable name.</param>
/// <param name="Basis">What the scheme is derived from, as the sources state it.</param>
/// <param name="Grades">Grades with their meaning.</param>
/// <param name="Levels">Evidence levels in rank order.</param>
/// <param name="LevelVariants">Published spellings that normalise to a level.</param>
/// <param name="CertaintyLabels">Certainty labels exactly as used.</param>
/// <param name="CertaintyNote">A caveat on the certainty labels (e.g. that they mix two vocabularies), if any.</param>
/// <param name="Sources">Where the scheme is described.</param>
/// <param name="Strengths">Strength labels and their explicit mapping onto the common scale.</param>
public sealed record GradingScheme(
    GradingSchemeId Id,
    string Name,
    string Basis,
    IReadOnlyList<GradeDefinition> Grades,
    IReadOnlyList<EvidenceLevelDefinition> Levels,
    IReadOnlyList<LevelVariant> LevelVariants,
    IReadOnlyList<CertaintyLabel> CertaintyLabels,
    string? CertaintyNote,
    IReadOnlyList<SourceRef> Sources,
    IReadOnlyList<StrengthDefinition> Strengths)
{
    /// <summary>The strength with the given label, or <see langword="null"/>.</summary>
    /// <param name="label">Label, compared exactly.</param>
    public StrengthDefinition? FindStrength(string label) => Strengths.FirstOrDefault(s => s.Label == label);

    /// <summary>True when the certainty labels come from more than one vocabulary (ASPN mixes USPSTF levels with "Strong"/"Weak").</summary>
    public bool CertaintyMixesVocabularies
    {
        get
        {
            for (var i = 1; i < CertaintyLabels.Count; i++)
            {
                if (CertaintyLabels[i].Vocabulary != CertaintyLabels[0].Vocabulary)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The grade with the given code, or <see langword="null"/>.</summary>
    /// <param name="code">Grade code, compared exactly.</param>
    public GradeDefinition? FindGrade(string code) => Grades.FirstOrDefault(g => g.Code == code);

    /// <summary>The level with the given normalised code, or <see langword="null"/>.</summary>
    /// <param name="code">Level code, compared exactly.</param>
    public EvidenceLevelDefinition? FindLevel(string code) => Levels.FirstOrDefault(l => l.Code == code);

    /// <summary>The certainty label with the given text, or <see langword="null"/>.</summary>
    /// <param name="label">Label, compared exactly.</param>
    public CertaintyLabel? FindCertainty(string label) => CertaintyLabels.FirstOrDefault(c => c.Label == label);

    /// <summary>
    /// The normalised level a published level text stands for: itself when it is a level of the scheme, the declared
    /// variant's level when it is a known variant, otherwise <see langword="null"/>.
    /// </summary>
    /// <param name="asPublished">The level as published.</param>
    public string? NormaliseLevel(string asPublished)
    {
        if (FindLevel(asPublished) is not null)
        {
            return asPublished;
        }

        return LevelVariants.FirstOrDefault(v => v.AsPublished == asPublished)?.Level;
    }
}
