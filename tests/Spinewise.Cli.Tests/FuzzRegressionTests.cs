using Spinewise.Knowledge;
using Spinewise.Testing;

namespace Spinewise.Cli.Tests;

/// <summary>Inputs the fuzz campaign found crashing a reader (docs/fuzzing.md), kept so the fix stays.</summary>
public sealed class FuzzRegressionTests
{
    private static string Folder => Path.Combine(RepositoryPaths.Repository, "tests", "Spinewise.Cli.Tests", "FuzzRegressions");

    public static TheoryData<string> KnowledgeInputs =>
        [.. Directory.GetFiles(Folder, "knowledge-*.bin").Order(StringComparer.Ordinal).Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(KnowledgeInputs))]
    public void KnowledgeLoader_InputThatCrashedYamlDotNet_IsMalformedYamlWithPosition(string name)
    {
        using var kb = new TempKnowledge();
        File.WriteAllBytes(Path.Combine(kb.Directory, "zz-fuzz.yaml"), File.ReadAllBytes(Path.Combine(Folder, name)));

        var result = KnowledgeLoader.Load(kb.Directory);

        result.IsSuccess.ShouldBeFalse();
        result.Diagnostics.ShouldAllBe(d => d.Location.Line >= 1 && d.Location.Column >= 1);
        result.Diagnostics.ShouldContain(d => d.Location.File == "zz-fuzz.yaml");
    }
}
