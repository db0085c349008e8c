namespace Spinewise.Domain.Grading;

/// <summary>The pain type a recommendation or population concerns; BMJ 2025 considers axial and radicular pain separately.</summary>
public enum PainType
{
    /// <summary>Axial spine pain (back or neck pain without radiating limb pain).</summary>
    Axial,

    /// <summary>Radicular pain (radiating into a limb along a nerve root, e.g. sciatica).</summary>
    Radicular,
}
