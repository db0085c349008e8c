using System.Text.Json;
using Spinewise.Application.Json;
using Spinewise.Application.Meta;

namespace Spinewise.Cli.Tests.Meta;

/// <summary>The CLI's <c>meta … --json</c> is the use case's contract serialized with the contract options, byte for byte.</summary>
public sealed class MetaJsonContractTests
{
    private static readonly string Bcg = Path.Combine(ReferenceCase.Folder, "data", "dat.bcg.csv");

    private static readonly Dictionary<string, string> Options = new()
    {
        ["measure"] = "RR", ["ai"] = "tpos", ["bi"] = "tneg", ["ci"] = "cpos", ["di"] = "cneg", ["mods"] = "ablat",
    };

    [Fact]
    public void MetaRmaJson_EqualsTheUseCaseContract()
    {
        var run = CliRun.Of("meta", "rma", Bcg, "--measure", "RR", "--ai", "tpos", "--bi", "tneg", "--ci", "cpos", "--di", "cneg", "--mods", "ablat", "--json");
        var report = new RmaUseCase().Run(new MetaRequest(MetaRows.FromFile(Bcg), Options)).Value.Report;

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.TrimEnd().ShouldBe(JsonSerializer.Serialize(report, ContractJson.Options));
    }

    [Fact]
    public void MetaRmaJson_FromTheProcess_IsTheSameBytesAsWrittenAsText()
    {
        string[] args = ["meta", "rma", Bcg, "--measure", "RR", "--ai", "tpos", "--bi", "tneg", "--ci", "cpos", "--di", "cneg", "--mods", "ablat", "--json"];
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "spinewise.dll"), .. args])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };

        using var process = System.Diagnostics.Process.Start(start)!;
        using var bytes = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(bytes);
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        process.ExitCode.ShouldBe(0, error);
        System.Text.Encoding.UTF8.GetString(bytes.ToArray()).ShouldBe(CliRun.Of(args).Out, "standard output is written as UTF-8 bytes, the same document and line end");
    }

    [Fact]
    public void MetaRma_UnknownOptionValue_PrintsTheDiagnosticWithTheOptionName()
    {
        var run = CliRun.Of("meta", "rma", Bcg, "--measure", "RR", "--ai", "tpos", "--bi", "tneg", "--ci", "cpos", "--di", "cneg", "--to", "sometimes");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--to: unknown value 'sometimes'");
    }
}
