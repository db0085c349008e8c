using System.Collections.Concurrent;
using Spinewise.Application.Meta;
using Spinewise.Evidence.EffectSizes;
using Spinewise.Evidence.Plots;

namespace Spinewise.Web.Pages.Evidence;

/// <summary>
/// Runs the workbench's analyses through the application's meta-analysis use cases (the same as <c>spinewise meta</c>
/// and <c>/api/meta</c>): rma, then leave1out and influence on the same options. Results of the shipped datasets are
/// kept (a few hundred at most), since the page and its two plot images ask for the same fit.
/// </summary>
internal sealed class EvidenceWorkbench(RmaUseCase rma, Leave1OutUseCase leave1Out, InfluenceUseCase influence)
{
    private const int MaxKept = 256;
    private static readonly HashSet<string> Leave1OutNames = [.. Leave1OutUseCase.Options.Select(o => o.Name)];
    private static readonly HashSet<string> InfluenceNames = [.. InfluenceUseCase.Options.Select(o => o.Name)];
    private readonly ConcurrentDictionary<string, WorkbenchResult> _kept = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _plots = new(StringComparer.Ordinal);

    /// <summary>Fits the model with leave-one-out and influence, or returns every diagnostic.</summary>
    public WorkbenchResult Analyse(WorkbenchSource source, WorkbenchQuery query)
    {
        if (source.Dataset is null) return Run(source, query);
        var key = source.Dataset.Id + "?" + query.QueryString();
        if (_kept.TryGetValue(key, out var kept)) return kept;
        var result = Run(source, query);
        if (_kept.Count < MaxKept) _kept.TryAdd(key, result);
        return result;
    }

    /// <summary>A forest or funnel plot of the model, or every diagnostic.</summary>
    public MetaResult<byte[]> Plot(WorkbenchSource source, WorkbenchQuery query, PlotKind kind, PlotFormat format)
    {
        if (Check(source, query) is { } problems) return MetaResult.Failure<byte[]>(problems);
        var key = source.Dataset is null ? null : $"{source.Dataset.Id}/{kind}.{format}?{query.QueryString()}";
        if (key is not null && _plots.TryGetValue(key, out var image)) return MetaResult.Success(image);
        var request = new MetaRequest(source.Rows(), source.Options(query));
        var drawn = kind == PlotKind.Forest ? rma.Forest(request, format) : rma.Funnel(request, format);
        if (key is not null && drawn.IsSuccess && _plots.Count < MaxKept) _plots.TryAdd(key, drawn.Value);
        return drawn;
    }

    private WorkbenchResult Run(WorkbenchSource source, WorkbenchQuery query)
    {
        if (Check(source, query) is { } problems) return WorkbenchResult.Failed(problems);
        var options = source.Options(query);
        var fit = rma.Run(new MetaRequest(source.Rows(), options));
        if (!fit.TryGetValue(out var analysis)) return WorkbenchResult.Failed(fit.Diagnostics);
        bool mods = query["mods"] is not null, subgroup = query["subgroup"] is not null;

        var l1oAbsent = mods || subgroup ? "Leave-one-out is offered for models without moderators or subgroups (as spinewise meta leave1out)." : null;
        var l1o = l1oAbsent is null ? leave1Out.Run(new MetaRequest(source.Rows(), Only(options, Leave1OutNames))) : null;
        if (l1o is { IsSuccess: false }) l1oAbsent = string.Join(" ", l1o.Diagnostics.Select(d => d.Message));

        var infAbsent = subgroup ? "Influence diagnostics are offered for models without subgroups (as spinewise meta influence)." : null;
        var inf = infAbsent is null ? influence.Run(new MetaRequest(source.Rows(), Only(options, InfluenceNames))) : null;
        if (inf is { IsSuccess: false }) infAbsent = string.Join(" ", inf.Diagnostics.Select(d => d.Message));

        return WorkbenchResult.Analysed(
            analysis, l1o is { IsSuccess: true } ? l1o.Value.Result : null, l1oAbsent, inf is { IsSuccess: true } ? inf.Value.Result : null, infAbsent);
    }

    /// <summary>What the page checks before the use case: a shipped dataset's measure must be one escalc computes on it.</summary>
    private static List<MetaDiagnostic>? Check(WorkbenchSource source, WorkbenchQuery query)
    {
        if (source.Dataset is not { } d) return null;
        var measure = query["measure"];
        if (d.GivenEffects is not null)
        {
            return measure is null ? null
                : [new(MetaDiagnosticCodes.OptionConflict, $"The dataset {d.Id} carries {d.GivenEffects}; leave the measure empty", Option: "measure")];
        }

        var offered = string.Join(", ", d.Measures);
        if (measure is null) return [new(MetaDiagnosticCodes.InvalidOption, $"Choose the effect-size measure (for {d.Id}: {offered})", Option: "measure")];
        if (Enum.TryParse<EffectMeasure>(measure, ignoreCase: true, out var m) && Enum.IsDefined(m) && !d.Measures.Contains(m))
        {
            return [new(MetaDiagnosticCodes.OptionConflict, $"{m} cannot be computed from the columns of {d.Id}; choose one of {offered}", Option: "measure")];
        }

        return null;
    }

    private static Dictionary<string, string> Only(Dictionary<string, string> options, HashSet<string> names) =>
        options.Where(o => names.Contains(o.Key)).ToDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal);
}
