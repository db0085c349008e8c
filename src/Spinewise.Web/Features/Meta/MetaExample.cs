using System.Reflection;
using Spinewise.Web.OpenApi;

namespace Spinewise.Web.Features.Meta;

/// <summary>The OpenAPI document's meta-analysis example: <c>examples/meta/bcg.csv</c> (embedded at build) with the CLI's options for it.</summary>
internal static class MetaExample
{
    public static string Csv { get; } = Read();

    public static BodyDescription Body { get; } = new(
        MetaBody.MediaTypes,
        "The study rows: CSV with a header row (text/csv), or JSON rows — an array of objects, one per study, whose members are the columns (application/json).",
        "text/csv",
        Csv,
        JsonRows: true);

    public static (string Name, string Value)[] Options(string analysis) =>
        [("measure", analysis == "peto" ? "OR" : "RR"), ("ai", "tpos"), ("bi", "tneg"), ("ci", "cpos"), ("di", "cneg")];

    private static string Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Spinewise.Web.bcg.csv")
            ?? throw new InvalidOperationException("The example rows are not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
