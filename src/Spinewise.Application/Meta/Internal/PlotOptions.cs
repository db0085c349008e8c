using System.Globalization;
using Spinewise.Evidence.Plots;

namespace Spinewise.Application.Meta.Internal;

/// <summary>Reads the plot size options and checks the forest-plot row limit.</summary>
internal static class PlotOptions
{
    public const int DefaultMaxRows = 200;

    private const int MaxPixels = 20_000;

    public static PlotSize? Size(OptionReader options)
    {
        int? width = Pixels(options, "plot-width"), height = Pixels(options, "plot-height");
        int dpi = options.Whole("plot-dpi") ?? 96;
        if (dpi is < 48 or > 600)
        {
            options.Invalid("plot-dpi", $"{dpi} is outside 48..600");
            return null;
        }

        return new PlotSize(width, height, dpi / 96.0);
    }

    public static int MaxRows(OptionReader options)
    {
        int max = options.Whole("forest-max-rows") ?? DefaultMaxRows;
        if (max < 1) options.Invalid("forest-max-rows", $"{max} must be at least 1");
        return max;
    }

    /// <summary>Whether the studies fit the limit; otherwise a diagnostic on <paramref name="option"/> (the plot asked for).</summary>
    public static bool CheckRows(MetaDiagnostics diagnostics, string option, int studies, int max)
    {
        if (studies <= max) return true;
        diagnostics.Option(MetaDiagnosticCodes.InvalidOption, option, string.Create(CultureInfo.InvariantCulture,
            $"{studies:N0} studies are more than a forest plot draws (limit {max:N0}); raise it with --forest-max-rows N, or leave out --forest"));
        return false;
    }

    private static int? Pixels(OptionReader options, string name)
    {
        var value = options.Whole(name);
        if (value is < 100 or > MaxPixels)
        {
            options.Invalid(name, $"{value} is outside 100..{MaxPixels} pixels");
            return null;
        }

        return value;
    }
}
