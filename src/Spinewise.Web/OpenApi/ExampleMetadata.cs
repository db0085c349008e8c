namespace Spinewise.Web.OpenApi;

/// <summary>Example values of an endpoint's parameters, and the body it reads, for the OpenAPI document.</summary>
internal sealed record ExampleMetadata(IReadOnlyDictionary<string, string> Parameters, BodyDescription? Body = null);

/// <summary>
/// A body the endpoint reads itself (raw bytes, its media type checked by the endpoint so that a wrong one is a 415
/// problem naming the accepted types): its media types, a description and an example.
/// </summary>
internal sealed record BodyDescription(IReadOnlyList<string> MediaTypes, string Description, string ExampleMediaType, string Example, bool JsonRows = false);

/// <summary>Attaches <see cref="ExampleMetadata"/> to endpoints.</summary>
internal static class ExampleMetadataExtensions
{
    public static RouteHandlerBuilder WithExamples(this RouteHandlerBuilder builder, params (string Name, string Value)[] parameters) =>
        builder.WithMetadata(new ExampleMetadata(parameters.ToDictionary(p => p.Name, p => p.Value)));

    public static RouteHandlerBuilder WithBody(this RouteHandlerBuilder builder, BodyDescription body, params (string Name, string Value)[] parameters) =>
        builder.WithMetadata(new ExampleMetadata(parameters.ToDictionary(p => p.Name, p => p.Value), body));
}
