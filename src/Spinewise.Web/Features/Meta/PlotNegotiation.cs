using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Spinewise.Evidence.Plots;

namespace Spinewise.Web.Features.Meta;

/// <summary>Picks the plot format from <c>Accept</c>: SVG or PNG by quality; SVG for <c>*/*</c>, <c>image/*</c> or no header.</summary>
internal static class PlotNegotiation
{
    public const string Svg = "image/svg+xml";
    public const string Png = "image/png";
    public static readonly string[] Offered = [Svg, Png];

    public static (PlotFormat Format, string MediaType)? Choose(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return (PlotFormat.Svg, Svg);
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var types))
        {
            return null;
        }

        foreach (var type in types.Where(t => t.Quality is not 0).OrderByDescending(t => t.Quality ?? 1))
        {
            var media = type.MediaType.Value?.ToLowerInvariant();
            if (media is Svg or "image/*" or "*/*")
            {
                return (PlotFormat.Svg, Svg);
            }

            if (media is Png)
            {
                return (PlotFormat.Png, Png);
            }
        }

        return null;
    }
}
