namespace Spinewise.ExportGen;

/// <summary>What is wrong with a generated line, if anything.</summary>
public enum LineDefect
{
    /// <summary>A valid resource of its patient.</summary>
    None,

    /// <summary>Not JSON: a resource cut off half way.</summary>
    MalformedJson,

    /// <summary>JSON, but not a valid FHIR R4 resource (an unknown element).</summary>
    InvalidResource,

    /// <summary>A valid resource whose subject is a patient the export does not hold.</summary>
    MissingPatient,
}
