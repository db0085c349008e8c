namespace Spinewise.Domain.Guidelines;

/// <summary>A region of the spine a recommendation's statement names ("cervical radicular pain", "thoracic disc herniation").</summary>
public enum SpineRegion
{
    /// <summary>The cervical spine.</summary>
    Cervical,

    /// <summary>The thoracic spine.</summary>
    Thoracic,

    /// <summary>The lumbar spine (and the sacrum): low back pain, the pain every case describes.</summary>
    Lumbar,
}
