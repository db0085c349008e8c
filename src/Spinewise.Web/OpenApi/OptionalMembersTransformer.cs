using System.Reflection;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Spinewise.Web.OpenApi;

/// <summary>
/// Members a contract leaves out when they have no value (<c>[JsonIgnore(Condition = WhenWritingNull)]</c>) are
/// optional in the document: not required, and never null when present.
/// </summary>
internal sealed class OptionalMembersTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        foreach (var property in context.JsonTypeInfo.Properties)
        {
            var ignore = property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), inherit: true).OfType<JsonIgnoreAttribute>().FirstOrDefault();
            if (ignore?.Condition != JsonIgnoreCondition.WhenWritingNull)
            {
                continue;
            }

            schema.Required?.Remove(property.Name);
            if (schema.Properties.TryGetValue(property.Name, out var member) && member is OpenApiSchema { Type: { } type } concrete)
            {
                concrete.Type = type & ~JsonSchemaType.Null;
            }
        }

        return Task.CompletedTask;
    }
}
