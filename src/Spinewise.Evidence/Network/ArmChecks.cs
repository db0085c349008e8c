using Spinewise.Evidence.Common;
using Spinewise.Evidence.EffectSizes;

namespace Spinewise.Evidence.Network;

/// <summary>Checks arm rows: one kind of row, the values the measure needs, each in range.</summary>
internal static class ArmChecks
{
    public static void Check(IReadOnlyList<NetworkArmRow> arms, NetworkArmKind kind, EffectMeasure measure, List<DataDiagnostic> problems)
    {
        bool supported = kind switch
        {
            NetworkArmKind.Binary => measure is EffectMeasure.OR or EffectMeasure.RR or EffectMeasure.RD or EffectMeasure.AS,
            NetworkArmKind.Continuous => measure is EffectMeasure.MD or EffectMeasure.SMD or EffectMeasure.ROM,
            _ => true,
        };
        if (!supported)
        {
            problems.Add(new(NetworkDiagnostics.UnsupportedMeasure, -1, "measure",
                $"measure {measure} cannot be built from {kind.ToString().ToLowerInvariant()} arms (events/n: OR, RR, RD, AS; mean/sd/n: MD, SMD, ROM)"));
        }

        for (int row = 0; row < arms.Count; row++)
        {
            var a = arms[row];
            if (a.Kind != kind)
            {
                problems.Add(new(NetworkDiagnostics.MixedArms, row, "arm", $"the row is {a.Kind.ToString().ToLowerInvariant()} but row 0 is {kind.ToString().ToLowerInvariant()}: one kind of arm data per network"));
                continue;
            }

            switch (kind)
            {
                case NetworkArmKind.Binary:
                    if (Present(row, "events", a.Events, problems) & Present(row, "n", a.N, problems))
                    {
                        Range(row, "events", a.Events!.Value, a.Events >= 0 && a.Events <= a.N, "must lie in 0..n", problems);
                        Range(row, "n", a.N!.Value, a.N > 0, "must be positive", problems);
                    }

                    break;
                case NetworkArmKind.Continuous:
                    if (Present(row, "mean", a.Mean, problems) & Present(row, "sd", a.Sd, problems) & Present(row, "n", a.N, problems))
                    {
                        Range(row, "mean", a.Mean!.Value, measure != EffectMeasure.ROM || a.Mean > 0, "must be positive for ROM", problems);
                        Range(row, "sd", a.Sd!.Value, a.Sd > 0, "must be positive", problems);
                        Range(row, "n", a.N!.Value, a.N >= 2 || (measure == EffectMeasure.MD && a.N > 0), measure == EffectMeasure.MD ? "must be positive" : "must be at least 2", problems);
                    }

                    break;
                default:
                    if (Present(row, "yi", a.Yi, problems) & Present(row, "se", a.Se, problems))
                    {
                        Range(row, "yi", a.Yi!.Value, true, "", problems);
                        Range(row, "se", a.Se!.Value, a.Se > 0, "must be positive", problems);
                    }

                    break;
            }
        }
    }

    private static bool Present(int row, string column, double? value, List<DataDiagnostic> problems)
    {
        if (value is null)
        {
            problems.Add(new(NetworkDiagnostics.MissingValue, row, column, $"the arm has no {column}"));
            return false;
        }

        return true;
    }

    private static void Range(int row, string column, double value, bool ok, string rule, List<DataDiagnostic> problems)
    {
        if (!double.IsFinite(value))
        {
            problems.Add(new(NetworkDiagnostics.InvalidValue, row, column, $"{column} = {value} is not a finite number"));
        }
        else if (!ok)
        {
            problems.Add(new(NetworkDiagnostics.InvalidValue, row, column, $"{column} = {value} {rule}"));
        }
    }
}
