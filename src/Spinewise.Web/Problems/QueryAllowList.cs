using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Spinewise.Web.Problems;

/// <summary>
/// Rejects query parameters an endpoint does not take (400, naming them). The allowed names are the handler's
/// query-bound parameters, so the list cannot drift from the signature; endpoints that take free-form options
/// (the meta-analysis ones) opt out with <see cref="OpenQueryAttribute"/> and report unknown options themselves.
/// </summary>
internal static class QueryAllowList
{
    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var parameters = context.MethodInfo.GetParameters();
        string[]? allowed = null;
        return invocation =>
        {
            var endpoint = invocation.HttpContext.GetEndpoint();
            if (endpoint?.Metadata.GetMetadata<OpenQueryAttribute>() is not null)
            {
                return next(invocation);
            }

            allowed ??= [.. parameters.Select(p => QueryName(p, (endpoint as RouteEndpoint)?.RoutePattern)).OfType<string>()];
            var unknown = invocation.HttpContext.Request.Query.Keys
                .Where(key => !allowed.Contains(key, StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
            return unknown.Count == 0 ? next(invocation) : ValueTask.FromResult<object?>(ApiProblem.UnknownQueryParameters(unknown, allowed));
        };
    }

    private static string? QueryName(ParameterInfo parameter, RoutePattern? route)
    {
        if (parameter.GetCustomAttribute<FromQueryAttribute>() is { } fromQuery)
        {
            return fromQuery.Name ?? parameter.Name;
        }

        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        var simple = type == typeof(string) || type.IsPrimitive || type == typeof(DateOnly) || type == typeof(DateTimeOffset) || type == typeof(Guid);
        var inRoute = route?.Parameters.Any(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)) == true;
        var elsewhere = parameter.GetCustomAttributes().Any(a => a is FromRouteAttribute or FromHeaderAttribute or FromBodyAttribute or FromServicesAttribute);
        return simple && !inRoute && !elsewhere ? parameter.Name : null;
    }
}

/// <summary>Marks an endpoint whose query parameters are free-form options checked by the use case it calls.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
internal sealed class OpenQueryAttribute : Attribute;
