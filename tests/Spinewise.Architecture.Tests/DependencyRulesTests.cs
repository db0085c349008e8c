using System.Reflection;

namespace Spinewise.Architecture.Tests;

/// <summary>
/// Dependency rules as allow-lists: each assembly may reference only what its list names (by assembly name or a
/// prefix ending in a dot), so a new dependency fails here until it is allowed on purpose.
/// </summary>
public sealed class DependencyRulesTests
{
    /// <summary>The base class library as the compiler references it.</summary>
    private static readonly string[] Bcl = ["System.", "System", "netstandard", "mscorlib", "Microsoft.Win32."];

    private static string[] References(string assembly) =>
        [.. Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!)];

    private static string[] NotAllowed(string assembly, params string[] allowed) =>
        [.. References(assembly).Where(r => !allowed.Concat(IsPackage(r) ? [] : Bcl).Any(a => a.EndsWith('.') ? r.StartsWith(a, StringComparison.Ordinal) : r == a))];

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        MethodInfo method => [method.ReturnType, .. method.GetParameters().Select(p => p.ParameterType)],
        ConstructorInfo constructor => constructor.GetParameters().Select(p => p.ParameterType),
        PropertyInfo property => [property.PropertyType],
        FieldInfo field => [field.FieldType],
        _ => [],
    };

    /// <summary>Packages whose names begin like the base class library's.</summary>
    private static bool IsPackage(string reference) =>
        reference.StartsWith("System.CommandLine", StringComparison.Ordinal) || reference == "System.IO.Hashing";

    [Fact]
    public void Domain_ReferencesOnlyTheBaseClassLibrary() => NotAllowed("Spinewise.Domain").ShouldBeEmpty();

    [Fact]
    public void Evidence_ReferencesMathNetAndTheBaseClassLibraryOnly() => NotAllowed("Spinewise.Evidence", "MathNet.").ShouldBeEmpty();

    [Fact]
    public void EvidencePlots_ReferencesEvidenceAndThePlottingLibrariesOnly() =>
        NotAllowed("Spinewise.Evidence.Plots", "Spinewise.Evidence", "ScottPlot", "ScottPlot.", "SkiaSharp", "SkiaSharp.", "MathNet.Numerics").ShouldBeEmpty();

    [Fact]
    public void Knowledge_ReferencesDomainAndYamlDotNetOnly() => NotAllowed("Spinewise.Knowledge", "Spinewise.Domain", "YamlDotNet").ShouldBeEmpty();

    [Fact]
    public void Persistence_ReferencesDataProvidersOnly() =>
        NotAllowed("Spinewise.Persistence", "Spinewise.Domain", "Microsoft.Data.Sqlite", "SQLitePCLRaw.", "Npgsql", "Dapper", "Microsoft.Extensions.").ShouldBeEmpty();

    [Fact]
    public void Application_ReferencesTheInnerAssembliesAndExtensionsOnly() =>
        NotAllowed("Spinewise.Application", "Spinewise.Domain", "Spinewise.Knowledge", "Spinewise.Evidence", "Spinewise.Evidence.Plots", "Spinewise.Fhir", "Microsoft.Extensions.")
            .ShouldBeEmpty();

    [Fact]
    public void Cli_DependsInwardOnlyAndNotOnTheWebHost() =>
        NotAllowed("spinewise", "Spinewise.Domain", "Spinewise.Knowledge", "Spinewise.Evidence", "Spinewise.Evidence.Plots", "Spinewise.Application", "Spinewise.Fhir",
            "System.CommandLine", "Spectre.Console", "Spectre.Console.", "MathNet.", "ScottPlot", "SkiaSharp", "Microsoft.Extensions.").ShouldBeEmpty();

    [Fact]
    public void Fhir_ReferencesDomainTheFirelySdkAndHashingOnly() =>
        NotAllowed("Spinewise.Fhir", "Spinewise.Domain", "Hl7.Fhir.", "System.IO.Hashing").ShouldBeEmpty();

    [Fact]
    public void Fhir_PublicSignatures_HoldNoFirelyType()
    {
        var exposed = Assembly.Load("Spinewise.Fhir").GetExportedTypes()
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(m => (Type: t, Member: m)))
            .Where(x => SignatureTypes(x.Member).Any(s => s.Assembly.GetName().Name!.StartsWith("Hl7.", StringComparison.Ordinal)))
            .Select(x => $"{x.Type.Name}.{x.Member.Name}");

        exposed.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("spinewise")]
    public void Hosts_KeepTheirTypesInternal(string host) => Assembly.Load(host).GetExportedTypes().ShouldBeEmpty();
}
