using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Spinewise.Web.Hosting;

/// <summary>
/// Makes the framework's JSON options (response bodies, problem documents, the OpenAPI schemas) follow
/// <c>ContractJson.Wire</c>, so the API writes the same JSON as the CLI (without its indentation) with no second set of settings.
/// </summary>
internal static class ContractJsonHttp
{
    public static void CopyTo(JsonSerializerOptions contract, JsonSerializerOptions http)
    {
        http.PropertyNamingPolicy = contract.PropertyNamingPolicy;
        http.DictionaryKeyPolicy = contract.DictionaryKeyPolicy;
        http.DefaultIgnoreCondition = contract.DefaultIgnoreCondition;
        http.NumberHandling = contract.NumberHandling;
        http.Encoder = contract.Encoder;
        http.WriteIndented = contract.WriteIndented;
        http.NewLine = contract.NewLine;
        http.PropertyNameCaseInsensitive = contract.PropertyNameCaseInsensitive;
        http.UnmappedMemberHandling = contract.UnmappedMemberHandling;
        http.Converters.Clear();
        foreach (var converter in contract.Converters)
        {
            http.Converters.Add(converter);
        }

        if (contract.TypeInfoResolver is { } resolver and not DefaultJsonTypeInfoResolver)
        {
            http.TypeInfoResolverChain.Insert(0, resolver);
        }
    }
}
