namespace Spinewise.Domain.Codes;

/// <summary>The FHIR system URIs of the terminologies the code map holds.</summary>
public static class CodeSystems
{
    /// <summary>ICD-10-CM.</summary>
    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";

    /// <summary>SNOMED CT.</summary>
    public const string Snomed = "http://snomed.info/sct";

    /// <summary>CPT (AMA).</summary>
    public const string Cpt = "http://www.ama-assn.org/go/cpt";

    /// <summary>HCPCS Level II (CMS).</summary>
    public const string Hcpcs = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";

    /// <summary>LOINC.</summary>
    public const string Loinc = "http://loinc.org";

    /// <summary>UCUM, the system of quantity units.</summary>
    public const string Ucum = "http://unitsofmeasure.org";

    /// <summary>Every terminology system a code-map file may name.</summary>
    public static IReadOnlyList<string> All { get; } = [Icd10Cm, Snomed, Cpt, Hcpcs, Loinc];

    /// <summary>A short name of a system URI for messages (<c>ICD-10-CM</c>), or the URI itself.</summary>
    /// <param name="system">System URI.</param>
    public static string ShortName(string system) => system switch
    {
        Icd10Cm => "ICD-10-CM",
        Snomed => "SNOMED CT",
        Cpt => "CPT",
        Hcpcs => "HCPCS",
        Loinc => "LOINC",
        _ => system,
    };
}
