using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Spinewise.Web.Features.Meta;
using Spinewise.Web.Hosting;

namespace Spinewise.Web.OpenApi;

/// <summary>
/// Adds to each operation: examples of its parameters and body (<see cref="ExampleMetadata"/>), a description and an
/// example problem document for each problem response, and the bearer requirement with its 401 where an authority
/// protects the endpoint.
/// </summary>
internal sealed class ExamplesTransformer(IOptions<SpinewiseWebOptions> options) : IOpenApiOperationTransformer
{
    private const string ProblemJson = "application/problem+json";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<MetaOptionsMetadata>().FirstOrDefault() is { } meta)
        {
            operation.Parameters ??= [];
            foreach (var option in meta.Options)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = option.Name,
                    In = ParameterLocation.Query,
                    Description = $"{option.Description} (the CLI's --{option.Name} {option.HelpName})",
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Enum = option.Choices?.Select(c => (JsonNode)JsonValue.Create(c)).ToList(),
                    },
                });
            }
        }

        if (metadata.OfType<ExampleMetadata>().FirstOrDefault() is { } examples)
        {
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                if (parameter.Name is { } name && examples.Parameters.TryGetValue(name, out var value))
                {
                    parameter.Example = JsonValue.Create(value);
                }
            }

            if (examples.Body is { } body)
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = body.Description,
                    Content = body.MediaTypes.ToDictionary(
                        type => type,
                        type => new OpenApiMediaType
                        {
                            Schema = new OpenApiSchema { Type = !type.Contains("json", StringComparison.Ordinal) ? JsonSchemaType.String : body.JsonRows ? JsonSchemaType.Array : JsonSchemaType.Object },
                            Example = type != body.ExampleMediaType ? null
                                : type.Contains("json", StringComparison.Ordinal) ? JsonNode.Parse(body.Example) : JsonValue.Create(body.Example),
                        }),
                };
            }
        }

        if (options.Value.Auth.Enabled && metadata.OfType<IAuthorizeData>().Any())
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(DocumentTransformer.BearerScheme, context.Document)] = [] }];
            operation.Responses ??= [];
            operation.Responses["401"] = new OpenApiResponse { Description = "No valid bearer token (missing, expired, or for another audience)." };
        }

        if (operation.Responses?.TryGetValue("201", out var created) == true && created is OpenApiResponse stored)
        {
            stored.Description = "Evaluated and stored: the JSON of `recommend --json` with `evaluationId` as its first member.";
            stored.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Location"] = new OpenApiHeader { Description = "The stored evaluation, /api/evaluations/{evaluationId}.", Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
        }

        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is OpenApiResponse concrete && concrete.Content?.TryGetValue(ProblemJson, out var problem) == true
                && problem is OpenApiMediaType media && ProblemExamples.For(status) is { } example)
            {
                concrete.Description = example.Description;
                media.Example = example.Body;
            }
        }

        return Task.CompletedTask;
    }
}
