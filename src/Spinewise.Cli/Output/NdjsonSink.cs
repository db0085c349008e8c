using System.Text.Json;
using Spinewise.Application.Evaluations;
using Spinewise.Application.Json;

namespace Spinewise.Cli.Output;

/// <summary>
/// Writes each evaluation of <c>recommend --cases DIR --out FILE.ndjson</c> as one line: the contract of
/// <c>recommend --json</c>, with the same options, on one line.
/// </summary>
internal sealed class NdjsonSink(Stream output) : IEvaluationSink, IDisposable
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly Utf8JsonWriter _writer = new(output, new JsonWriterOptions { Encoder = ContractJson.Options.Encoder, Indented = false });

    public void Accept(Evaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        JsonSerializer.Serialize(_writer, evaluation.Contract, ContractJson.Options);
        _writer.Flush();
        _writer.Reset();
        output.Write(NewLine);
    }

    public void Dispose() => _writer.Dispose();
}
