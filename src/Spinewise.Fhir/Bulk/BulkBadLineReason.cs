namespace Spinewise.Fhir.Bulk;

/// <summary>Why a line of an export was not used.</summary>
public enum BulkBadLineReason
{
    /// <summary>Not one JSON object (syntax error, cut off, trailing content).</summary>
    MalformedJson,

    /// <summary>JSON, but not a valid FHIR R4 resource of the file's type (an unknown element, a bad value, no <c>resourceType</c>).</summary>
    InvalidResource,

    /// <summary>A resource of another type than its file's name says.</summary>
    UnexpectedType,

    /// <summary>A Patient without an id, or a resource whose <c>subject</c>/<c>patient</c> names no Patient.</summary>
    NoPatientReference,

    /// <summary>A resource whose patient the export does not hold (it holds Patient files, none with that id).</summary>
    MissingPatient,

    /// <summary>A second Patient with an id already read.</summary>
    DuplicatePatient,
}
