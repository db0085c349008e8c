using System.Reflection;

namespace Spinewise.Architecture.Tests;

/// <summary>The web host's rules, as an allow-list like the others: it depends inward and on its web stack only.</summary>
public sealed class WebHostRulesTests
{
    private static readonly string[] Allowed =
    [
        "Spinewise.Domain", "Spinewise.Knowledge", "Spinewise.Evidence", "Spinewise.Evidence.Plots", "Spinewise.Application", "Spinewise.Persistence",
        "Spinewise.Fhir", // the CDS Hooks endpoints map the prefetch with FhirCaseMapper; no Hl7.* (Firely stops at Spinewise.Fhir)
        "Microsoft.AspNetCore", "Microsoft.AspNetCore.", "Microsoft.Extensions.", "Microsoft.Net.Http.Headers", "Microsoft.OpenApi",
        "Microsoft.IdentityModel.", "Serilog", "Serilog.", "Scalar.AspNetCore",
        "Markdig", // a CDS card's detail (markdown) on the hook call's page, raw HTML disabled
        "System.", "System", "netstandard", "mscorlib", "Microsoft.Win32.",
    ];

    [Fact]
    public void Web_DependsInwardAndOnItsWebStackOnly()
    {
        var references = Assembly.Load("Spinewise.Web").GetReferencedAssemblies().Select(a => a.Name!);

        references.Where(r => !Allowed.Any(a => a.EndsWith('.') ? r.StartsWith(a, StringComparison.Ordinal) : r == a))
            .ShouldBeEmpty();
        references.ShouldNotContain("spinewise");
        references.ShouldNotContain(r => r.StartsWith("Spectre.", StringComparison.Ordinal) || r.StartsWith("System.CommandLine", StringComparison.Ordinal));
    }

    [Fact]
    public void Web_KeepsItsTypesInternal_ExceptTheEntryPointForTests() =>
        Assembly.Load("Spinewise.Web").GetExportedTypes().Select(t => t.FullName).ShouldBe(["Program"]);
}
