using Spinewise.Application.Meta.Contracts;
using Spinewise.Evidence.Models;

namespace Spinewise.Application.Meta.Internal;

/// <summary>The shared pipeline of the model-based analyses: options read first, then the rows, yi/vi and weights.</summary>
internal sealed class ModelSession
{
    public ModelSession(MetaRequest request, IReadOnlyList<MetaOptionSpec> specs)
    {
        ArgumentNullException.ThrowIfNull(request);
        Request = request;
        Diagnostics = new MetaDiagnostics();
        Options = new OptionReader(request.Options, specs, Diagnostics);
        Loader = new StudyLoader(Options);
        Model = new ModelInput(Options);
    }

    public MetaRequest Request { get; }

    public MetaDiagnostics Diagnostics { get; }

    public OptionReader Options { get; }

    public StudyLoader Loader { get; }

    public ModelInput Model { get; }

    /// <summary>Reads the studies and the model options on them; null with diagnostics when the data are invalid.</summary>
    public (StudyData Data, RmaOptions Options)? Load()
    {
        var data = Loader.Load(Request.Rows);
        if (data is null) return null;
        var options = Model.For(data);
        return options is null ? null : (data, options);
    }

    /// <summary>Fits rma.uni; with fewer than <paramref name="minimum"/> studies, a diagnostic.</summary>
    public RmaResult? Fit(StudyData data, RmaOptions options, string analysis, int minimum, ModelMatrix? x = null)
    {
        var fit = Rma.Fit([.. data.Yi], [.. data.Vi], options, x);
        if (fit.K >= minimum) return fit;
        Diagnostics.Analysis($"{analysis} needs at least {minimum} studies");
        return null;
    }

    public ModelSettings Settings(RmaOptions o) => new()
    {
        File = Loader.Echo.File, Escalc = Loader.Echo.Escalc, Yi = Loader.Echo.Yi, Vi = Loader.Echo.Vi,
        Method = o.Method.ToString(), Test = o.Test.ToString().ToLowerInvariant(), Level = o.Level, Weights = Model.WeightsColumn,
        Threshold = o.Threshold, MaxIter = o.MaxIter, Tol = o.Tol,
    };

    public RegressionSettings RegressionSettings(RmaOptions o) => new(Settings(o)) { Mods = Model.Mods, Intercept = Model.Intercept };
}
