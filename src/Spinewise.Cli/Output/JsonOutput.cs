using System.Text.Json;
using Spinewise.Application.Json;

namespace Spinewise.Cli.Output;

/// <summary>Writes a contract as JSON with the application's one set of options (<see cref="ContractJson.Options"/>).</summary>
internal static class JsonOutput
{
    public static JsonSerializerOptions Options => ContractJson.Options;

    public static void Write<T>(CliIo io, T value)
    {
        io.OutWriter.WriteLine(JsonSerializer.Serialize(value, Options));
        io.OutWriter.Flush();
    }
}
