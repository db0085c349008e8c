using System.Reflection;
using Spinewise.Application.Meta;
using Spinewise.Evidence.EffectSizes;

namespace Spinewise.Web.Pages.Evidence;

/// <summary>The practice datasets shipped in <c>examples/meta/</c> (embedded at build), read once.</summary>
internal sealed class EvidenceDatasets
{
    private readonly Dictionary<string, EvidenceDataset> _byId;

    public EvidenceDatasets()
    {
        All =
        [
            Make("bcg", "dat.bcg", "13 trials of the BCG vaccine against tuberculosis: 2×2 tables (cases and non-cases, vaccinated and not).",
                new() { ["ai"] = "tpos", ["bi"] = "tneg", ["ci"] = "cpos", ["di"] = "cneg", ["label"] = "author" }, ["ablat", "year", "alloc"], ["alloc"], null),
            Make("normand1999", "dat.normand1999", "9 studies of length of hospital stay, specialised against routine care: means, SDs and group sizes.",
                new() { ["label"] = "source" }, [], [], null),
            Make("hackshaw1998", "dat.hackshaw1998", "37 studies of environmental tobacco smoke and lung cancer: log odds ratios given as yi and vi.",
                new() { ["label"] = "author" }, ["year", "design"], ["design", "country"], "log odds ratios (yi) and their sampling variances (vi), as given"),
            Make("pritz1997", "dat.pritz1997", "14 studies with events out of the number treated: proportions.",
                new() { ["label"] = "authors" }, [], [], null),
            Make("egger2001", "dat.egger2001", "16 magnesium trials (events and group sizes in 2×2 form), the classic example of funnel-plot asymmetry.",
                new() { ["label"] = "study" }, ["year"], [], null),
        ];
        _byId = All.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    /// <summary>Every dataset, in the order offered.</summary>
    public IReadOnlyList<EvidenceDataset> All { get; }

    /// <summary>The dataset of that id, or null.</summary>
    public EvidenceDataset? Find(string? id) => id is not null && _byId.TryGetValue(id, out var d) ? d : null;

    private static EvidenceDataset Make(
        string id, string rName, string description, Dictionary<string, string> mapping, string[] moderators, string[] subgroups, string? given)
    {
        var csv = Read(id + ".csv");
        var measures = given is not null ? [] : Enum.GetValues<EffectMeasure>().Where(m => Computes(csv, id, mapping, m)).ToList();
        return new EvidenceDataset(id, rName, description, csv, mapping, moderators, subgroups, measures, given);
    }

    /// <summary>Whether escalc computes the measure on the rows without a diagnostic (the columns it needs are there).</summary>
    private static bool Computes(string csv, string id, Dictionary<string, string> mapping, EffectMeasure measure)
    {
        var options = mapping.Where(m => m.Key != "label").ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);
        options["measure"] = measure.ToString();
        var run = new EscalcUseCase().Run(new MetaRequest(MetaRows.FromCsv(csv, id), options));
        return run.IsSuccess && run.Value.Result.Yi.Any(double.IsFinite);
    }

    private static string Read(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(file == "bcg.csv" ? "Spinewise.Web.bcg.csv" : "Spinewise.Web.Evidence." + file)
            ?? throw new InvalidOperationException($"The dataset {file} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
