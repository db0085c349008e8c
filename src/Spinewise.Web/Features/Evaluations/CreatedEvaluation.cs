using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;
using Spinewise.Application.Contracts;
using Spinewise.Application.Json;

namespace Spinewise.Web.Features.Evaluations;

/// <summary>
/// 201 with <c>Location: /api/evaluations/{id}</c> and the answer's bytes as stored (hashed) with <c>evaluationId</c>
/// inserted as the first member — the same JSON as <c>recommend --json</c> once that member is removed.
/// </summary>
internal sealed class CreatedEvaluation(Guid id, PooledJson output) : IResult, IEndpointMetadataProvider
{
    public Guid Id => id;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        using (output)
        {
            var json = output.Memory;
            if (json.Length < 2 || json.Span[0] != (byte)'{')
            {
                throw new InvalidOperationException("The answer is not a JSON object.");
            }

            var head = Encoding.UTF8.GetBytes($"{{\"evaluationId\":\"{id}\",");
            var response = httpContext.Response;
            response.StatusCode = StatusCodes.Status201Created;
            response.Headers.Location = $"/api/evaluations/{id}";
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = head.Length + json.Length - 1;
            await response.Body.WriteAsync(head).ConfigureAwait(false);
            await response.Body.WriteAsync(json[1..]).ConfigureAwait(false);
        }
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status201Created, typeof(RecommendContract), ["application/json"]));
}
