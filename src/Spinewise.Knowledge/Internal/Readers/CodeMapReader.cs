using Spinewise.Domain.Cases;
using Spinewise.Domain.Codes;

namespace Spinewise.Knowledge.Internal.Readers;

/// <summary>
/// Reads a <c>kind: code-map</c> file: the standard codes of one terminology (<c>system</c>, a FHIR URI) and what each
/// maps to — conditions, interventions (and a variant), a findings key with its UCUM unit, or a flag — with its source.
/// </summary>
internal static class CodeMapReader
{
    private static readonly string[] TargetKeys = ["conditions", "interventions", "finding", "flag"];

    public static void Read(MapNode root, LoadContext context)
    {
        root.ExpectKeys("kind", "system", "codes");
        var system = root.Text("system", required: true);
        if (system is not null && !CodeSystems.All.Contains(system))
        {
            context.Bag.Add(DiagnosticCodes.InvalidValue, root.LocationOf("system"),
                $"'{system}' is not one of: {string.Join(", ", CodeSystems.All)}");
            system = null;
        }

        foreach (var map in root.MapList("codes", required: true))
        {
            map.ExpectKeys("code", "display", "conditions", "interventions", "variant", "finding", "unit", "flag", "status", "preferred", "source", "note");
            var code = map.Text("code", required: true);
            var display = map.Text("display", required: true);
            var status = map.Enum<CodeStatus>("status", required: false) ?? CodeStatus.Active;
            var source = CommonReaders.Source(map, context, "a code");
            var targets = Targets(map, context);
            if (code is not null && system is not null && !context.Define(ReferenceKind.Code, code, map.LocationOf("code"), scope: system))
            {
                continue;
            }

            if (targets.Count == 0 && !TargetKeys.Any(map.Has))
            {
                context.Bag.Add(DiagnosticCodes.MissingField, map.At.Child("conditions"),
                    "a code maps to nothing: give conditions, interventions, finding or flag");
            }

            if (system is not null && code is not null && display is not null && source is not null && targets.Count > 0)
            {
                context.Codes.Add(new CodeMapEntry(system, code, display, targets, status, source, map.Text("note", required: false),
                    Preferred: map.Text("preferred", required: false) == "true"));
            }
        }
    }

    private static List<CodeTarget> Targets(MapNode map, LoadContext context)
    {
        var targets = SynthesisReader.References(map, "conditions", ReferenceKind.Condition, context)
            .Select(c => new CodeTarget(CodeTargetKind.Condition, c))
            .ToList();
        var interventions = SynthesisReader.References(map, "interventions", ReferenceKind.Intervention, context);
        var variant = map.Text("variant", required: false);
        if (variant is not null && interventions.Count != 1)
        {
            context.Bag.Add(DiagnosticCodes.InvalidValue, map.LocationOf("variant"), "a variant needs exactly one intervention");
            variant = null;
        }
        else if (variant is not null)
        {
            context.Reference(ReferenceKind.Variant, variant, map.LocationOf("variant"), scope: interventions[0]);
        }

        targets.AddRange(interventions.Select(i => new CodeTarget(CodeTargetKind.Intervention, i, variant)));

        var unit = map.Text("unit", required: false);
        if (map.Text("finding", required: false) is { } finding)
        {
            if (CaseFacts.FindFinding(finding) is null)
            {
                context.Bag.Add(DiagnosticCodes.UnknownReference, map.LocationOf("finding"),
                    $"unknown findings key '{finding}'; known: {string.Join(", ", CaseFacts.Findings.Select(f => f.Key))}");
            }
            else if (unit is null)
            {
                context.Bag.Add(DiagnosticCodes.MissingField, map.LocationOf("unit"), "a finding needs its UCUM unit");
            }
            else
            {
                targets.Add(new CodeTarget(CodeTargetKind.Finding, finding, Unit: unit));
            }
        }
        else if (unit is not null)
        {
            context.Bag.Add(DiagnosticCodes.InvalidValue, map.LocationOf("unit"), "a unit belongs to a finding");
        }

        if (map.Text("flag", required: false) is { } flag)
        {
            if (CaseFacts.FindFlag(flag) is null)
            {
                context.Bag.Add(DiagnosticCodes.UnknownReference, map.LocationOf("flag"),
                    $"unknown flag key '{flag}'; known: {string.Join(", ", CaseFacts.Flags.Select(f => f.Key))}");
            }
            else
            {
                targets.Add(new CodeTarget(CodeTargetKind.Flag, flag));
            }
        }

        return targets;
    }
}
