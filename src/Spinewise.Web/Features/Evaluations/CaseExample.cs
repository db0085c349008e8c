using System.Reflection;

namespace Spinewise.Web.Features.Evaluations;

/// <summary>The example case of the OpenAPI document: <c>examples/cases/stenosis-claudication.json</c>, embedded at build.</summary>
internal static class CaseExample
{
    public static string Json { get; } = Read();

    private static string Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Spinewise.Web.stenosis-claudication.json")
            ?? throw new InvalidOperationException("The example case is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
