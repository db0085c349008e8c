using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

namespace Spinewise.Fhir.Internal;

/// <summary>
/// The elements the mapping reads (<see cref="ChartMapper"/>), set on partly built Firely resources; every other element
/// is only checked. Keep this list in step with the mapper: a test reads every example chart and fixture both ways.
/// </summary>
internal sealed partial class FastFhirReader
{
    /// <summary>Where a resource is in the input.</summary>
    private enum ResourceRole
    {
        /// <summary>The input's root: a Bundle or a resource the mapping reads is built, any other skipped.</summary>
        Root,

        /// <summary>A Bundle entry's resource: built when the mapping reads its type, else skipped.</summary>
        Entry,

        /// <summary>A contained resource: checked only.</summary>
        Contained,
    }

    private static Resource? NewResource(string type, ResourceRole role) => role == ResourceRole.Contained ? null : type switch
    {
        "Patient" => new Patient(),
        "Condition" => new Condition(),
        "Observation" => new Observation(),
        "Procedure" => new Procedure(),
        "ServiceRequest" => new ServiceRequest(),
        "MedicationRequest" => new MedicationRequest(),
        "Bundle" when role == ResourceRole.Root => new Bundle(),
        _ => null,
    };

    /// <summary>Reads an element the mapping uses into <paramref name="target"/>; false for any other (then only checked).</summary>
    private bool ReadElement(ref Utf8JsonReader reader, Base target, FhirJsonProperty property)
    {
        if (property.Sibling)
        {
            return false;
        }

        var name = property.Element.Name;
        switch (target)
        {
            case Coding coding when name is "system" or "code" or "display":
                var text = Text(ref reader, property);
                _ = name switch { "system" => coding.System = text, "code" => coding.Code = text, _ => coding.Display = text };
                return true;
            case CodeableConcept concept when name == "coding":
                var index = 0;
                while (NextItem(ref reader, property.Element, ref index))
                {
                    concept.Coding.Add(Build(ref reader, property, new Coding()));
                }

                return true;
            case CodeableConcept concept when name == "text":
                concept.Text = Text(ref reader, property);
                return true;
            case Period period when name is "start" or "end":
                _ = name == "start" ? period.Start = Text(ref reader, property) : period.End = Text(ref reader, property);
                return true;
            case Quantity quantity:
                return ReadQuantity(ref reader, quantity, property);
            case Extension extension:
                return ReadExtension(ref reader, extension, property);
            case Bundle bundle:
                return ReadBundle(ref reader, bundle, property);
            case Bundle.EntryComponent entry when name == "fullUrl":
                entry.FullUrl = Text(ref reader, property);
                return true;
            case Bundle.EntryComponent entry when name == "resource":
                Expect(reader.TokenType == JsonTokenType.StartObject);
                entry.Resource = Resource(ref reader, FhirSchema.Resource(ResourceTypeOf(reader)) ?? throw FallbackException.Instance, ResourceRole.Entry);
                return true;
            case Resource resource when name == "id":
                resource.Id = Text(ref reader, property);
                return true;
            case Patient patient:
                return ReadPatient(ref reader, patient, property);
            case Condition condition:
                return ReadCondition(ref reader, condition, property);
            case Observation observation:
                return ReadObservation(ref reader, observation, property);
            case Procedure procedure:
                return ReadProcedure(ref reader, procedure, property);
            case ServiceRequest request:
                return ReadServiceRequest(ref reader, request, property);
            case MedicationRequest medication when name == "medication" && property.Type!.Name == "CodeableConcept":
                medication.Medication = Build(ref reader, property, new CodeableConcept());
                return true;
            default:
                return false;
        }
    }

    private static bool ReadQuantity(ref Utf8JsonReader reader, Quantity quantity, FhirJsonProperty property)
    {
        switch (property.Element.Name)
        {
            case "value": quantity.Value = Decimal(ref reader, property); return true;
            case "unit": quantity.Unit = Text(ref reader, property); return true;
            case "system": quantity.System = Text(ref reader, property); return true;
            case "code": quantity.Code = Text(ref reader, property); return true;
            default: return false;
        }
    }

    private static bool ReadExtension(ref Utf8JsonReader reader, Extension extension, FhirJsonProperty property)
    {
        switch (property.Element.Name, property.Type!.Name)
        {
            case ("url", _): extension.Url = Text(ref reader, property); return true;
            case ("value", "decimal"): extension.Value = new FhirDecimal(Decimal(ref reader, property)); return true;
            case ("value", "integer"): extension.Value = new Integer(Int(ref reader, property)); return true;
            default: return false;
        }
    }

    private bool ReadBundle(ref Utf8JsonReader reader, Bundle bundle, FhirJsonProperty property)
    {
        switch (property.Element.Name)
        {
            case "id":
                bundle.Id = Text(ref reader, property);
                return true;
            case "type":
                bundle.Type = EnumUtility.ParseLiteral<Bundle.BundleType>(Text(ref reader, property));
                return true;
            case "entry":
                var index = 0;
                while (NextItem(ref reader, property.Element, ref index))
                {
                    bundle.Entry.Add(Build(ref reader, property, new Bundle.EntryComponent()));
                }

                return true;
            default:
                return false;
        }
    }

    private static bool ReadPatient(ref Utf8JsonReader reader, Patient patient, FhirJsonProperty property)
    {
        switch (property.Element.Name)
        {
            case "gender": patient.Gender = EnumUtility.ParseLiteral<AdministrativeGender>(Text(ref reader, property)); return true;
            case "birthDate": patient.BirthDate = Text(ref reader, property); return true;
            default: return false;
        }
    }

    private bool ReadCondition(ref Utf8JsonReader reader, Condition condition, FhirJsonProperty property)
    {
        switch (property.Element.Name, property.Type!.Name)
        {
            case ("clinicalStatus", _): condition.ClinicalStatus = Build(ref reader, property, new CodeableConcept()); return true;
            case ("verificationStatus", _): condition.VerificationStatus = Build(ref reader, property, new CodeableConcept()); return true;
            case ("code", _): condition.Code = Build(ref reader, property, new CodeableConcept()); return true;
            case ("onset", "dateTime"): condition.Onset = new FhirDateTime(Text(ref reader, property)); return true;
            case ("onset", "Period"): condition.Onset = Build(ref reader, property, new Period()); return true;
            default: return false;
        }
    }

    private bool ReadObservation(ref Utf8JsonReader reader, Observation observation, FhirJsonProperty property)
    {
        switch (property.Element.Name, property.Type!.Name)
        {
            case ("status", _): observation.Status = EnumUtility.ParseLiteral<ObservationStatus>(Text(ref reader, property)); return true;
            case ("code", _): observation.Code = Build(ref reader, property, new CodeableConcept()); return true;
            case ("effective", "dateTime"): observation.Effective = new FhirDateTime(Text(ref reader, property)); return true;
            case ("effective", "instant"): observation.Effective = new Instant { JsonValue = Text(ref reader, property) }; return true;
            case ("effective", "Period"): observation.Effective = Build(ref reader, property, new Period()); return true;
            case ("value", "Quantity"): observation.Value = Build(ref reader, property, new Quantity()); return true;
            case ("value", "integer"): observation.Value = new Integer(Int(ref reader, property)); return true;
            case ("value", _):
                Single(ref reader, property); // the mapping reports its type only
                observation.Value = (DataType)Activator.CreateInstance(property.Type.NativeType)!;
                return true;
            default: return false;
        }
    }

    private bool ReadProcedure(ref Utf8JsonReader reader, Procedure procedure, FhirJsonProperty property)
    {
        switch (property.Element.Name, property.Type!.Name)
        {
            case ("status", _): procedure.Status = EnumUtility.ParseLiteral<EventStatus>(Text(ref reader, property)); return true;
            case ("code", _): procedure.Code = Build(ref reader, property, new CodeableConcept()); return true;
            case ("outcome", _): procedure.Outcome = Build(ref reader, property, new CodeableConcept()); return true;
            case ("performed", "dateTime"): procedure.Performed = new FhirDateTime(Text(ref reader, property)); return true;
            case ("performed", "Period"): procedure.Performed = Build(ref reader, property, new Period()); return true;
            case ("extension", _):
                var index = 0;
                while (NextItem(ref reader, property.Element, ref index))
                {
                    procedure.Extension.Add(Build(ref reader, property, new Extension()));
                }

                return true;
            default: return false;
        }
    }

    private bool ReadServiceRequest(ref Utf8JsonReader reader, ServiceRequest request, FhirJsonProperty property)
    {
        switch (property.Element.Name)
        {
            case "status": request.Status = EnumUtility.ParseLiteral<RequestStatus>(Text(ref reader, property)); return true;
            case "intent": request.Intent = EnumUtility.ParseLiteral<RequestIntent>(Text(ref reader, property)); return true;
            case "code": request.Code = Build(ref reader, property, new CodeableConcept()); return true;
            default: return false;
        }
    }

    /// <summary>A complex value read into a new object of its type.</summary>
    private T Build<T>(ref Utf8JsonReader reader, FhirJsonProperty property, T target)
        where T : Base
    {
        Object(ref reader, FhirTypeTable.Of(property), target);
        return target;
    }
}
