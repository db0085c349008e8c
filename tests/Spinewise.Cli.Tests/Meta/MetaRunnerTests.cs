using Spinewise.Cli.Commands.Meta;
using Spinewise.Evidence.Common;
using Spinewise.Evidence.Data;

namespace Spinewise.Cli.Tests.Meta;

/// <summary>MetaRunner translates failures once: bad input and unwritable output exit 2, a bug is an internal error.</summary>
public sealed class MetaRunnerTests
{
    private static (int Code, string Error) Run(Exception ex)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = MetaRunner.Run(CliIo.Plain(output, error), () => throw ex);
        return (code, error.ToString());
    }

    [Fact]
    public void Run_LibraryBug_IsAnInternalErrorNotBadInput()
    {
        var (code, error) = Run(new ArgumentNullException("fit"));

        code.ShouldBe(ExitCodes.InternalError);
        code.ShouldBe(3);
        error.ShouldContain("internal error: ArgumentNullException");
        error.ShouldContain("bug in Spinewise");
    }

    [Fact]
    public void Run_ArgumentException_IsAnInternalErrorNotBadInput()
    {
        var (code, error) = Run(new ArgumentException("yi and vi must have the same length."));

        code.ShouldBe(ExitCodes.InternalError);
        error.ShouldContain("internal error: ArgumentException");
    }

    [Fact]
    public void Run_OutputUnauthorized_IsBadInputNotInvalidKnowledge()
    {
        var (code, error) = Run(new UnauthorizedAccessException("Access to the path '/ro/plot.svg' is denied."));

        code.ShouldBe(ExitCodes.BadInput);
        error.ShouldContain("could not write output");
    }

    [Fact]
    public void Run_DataMetaforStopsOn_IsBadInput()
    {
        var (code, error) = Run(new MetaAnalysisException("Processing terminated since k = 0."));

        code.ShouldBe(ExitCodes.BadInput);
        error.ShouldContain("error: Processing terminated since k = 0.");
    }

    [Fact]
    public void Run_OutputIOException_IsBadInputNotInvalidKnowledge()
    {
        var (code, error) = Run(new IOException("Read-only file system : '/ro/plot.png'"));

        code.ShouldBe(ExitCodes.BadInput);
        code.ShouldNotBe(ExitCodes.InvalidKnowledge);
        error.ShouldContain("could not write output: Read-only file system");
    }

    [Fact]
    public void Run_CsvDataException_IsBadInput()
    {
        Run(new CsvDataException("d.csv", 2, "vi", "'x' is not a number")).Code.ShouldBe(ExitCodes.BadInput);
    }

    [Fact]
    public void MetaRma_TooManyModerators_Exit2WithMetaforsReason()
    {
        using var t = new TempCsv();
        var data = t.Write("two.csv", "yi,vi,a,b\n0.1,0.01,1,5\n0.3,0.02,2,3\n");

        var run = CliRun.Of("meta", "rma", data, "--mods", "a,b");

        run.ExitCode.ShouldBe(2, run.Error);
        run.Error.ShouldContain("Too many parameters");
    }
}
