using Spinewise.Application.Meta;

namespace Spinewise.Web.Features.Meta;

/// <summary>The options a meta-analysis endpoint takes as query parameters, for the OpenAPI document.</summary>
internal sealed record MetaOptionsMetadata(IReadOnlyList<MetaOptionSpec> Options);
