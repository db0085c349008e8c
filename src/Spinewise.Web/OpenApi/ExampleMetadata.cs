namespace Spinewise.Web.OpenApi;

/// <summary>Example values of an endpoint's parameters and body, shown in the OpenAPI document.</summary>
internal sealed record ExampleMetadata(IReadOnlyDictionary<string, string> Parameters, string? BodyMediaType = null, string? Body = null);

/// <summary>Attaches <see cref="ExampleMetadata"/> to endpoints.</summary>
internal static class ExampleMetadataExtensions
{
    public static RouteHandlerBuilder WithExamples(this RouteHandlerBuilder builder, params (string Name, string Value)[] parameters) =>
        builder.WithMetadata(new ExampleMetadata(parameters.ToDictionary(p => p.Name, p => p.Value)));

    public static RouteHandlerBuilder WithBodyExample(this RouteHandlerBuilder builder, string mediaType, string body, params (string Name, string Value)[] parameters) =>
        builder.WithMetadata(new ExampleMetadata(parameters.ToDictionary(p => p.Name, p => p.Value), mediaType, body));
}
