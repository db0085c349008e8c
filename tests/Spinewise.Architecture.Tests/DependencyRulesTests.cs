using System.Reflection;

namespace Spinewise.Architecture.Tests;

public sealed class DependencyRulesTests
{
    private static readonly string[] Forbidden = ["YamlDotNet", "Microsoft.AspNetCore", "Hl7", "Npgsql", "Microsoft.Data.Sqlite", "Spectre", "System.CommandLine"];

    private static string[] References(string assembly) =>
        Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!).ToArray();

    [Fact]
    public void Domain_ReferencesOnlyTheBaseClassLibrary()
    {
        var references = References("Spinewise.Domain");

        references.ShouldNotContain(r => Forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal)));
        references.ShouldNotContain(r => r.StartsWith("Spinewise.", StringComparison.Ordinal));
    }

    [Fact]
    public void Evidence_StandsAloneFromTheRestOfSpinewise()
    {
        References("Spinewise.Evidence").ShouldNotContain(r => r.StartsWith("Spinewise.", StringComparison.Ordinal) && r != "Spinewise.Domain");
    }

    [Fact]
    public void Knowledge_DependsInwardOnDomainOnly()
    {
        var references = References("Spinewise.Knowledge");

        references.Where(r => r.StartsWith("Spinewise.", StringComparison.Ordinal)).ShouldBe(["Spinewise.Domain"]);
        references.ShouldNotContain(r => r.StartsWith("Spectre", StringComparison.Ordinal) || r.StartsWith("System.CommandLine", StringComparison.Ordinal));
    }

    [Fact]
    public void Cli_KeepsItsTypesInternal()
    {
        Assembly.Load("spinewise").GetExportedTypes().ShouldBeEmpty();
    }
}
