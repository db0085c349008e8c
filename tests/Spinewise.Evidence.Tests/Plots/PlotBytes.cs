using System.Buffers.Binary;
using System.Text;
using System.Xml.Linq;

namespace Spinewise.Evidence.Tests.Plots;

/// <summary>Reads rendered plots back: SVG as XML, PNG signature and size; writes them for review when SPINEWISE_PLOTS_REVIEW names a folder.</summary>
internal static class PlotBytes
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XDocument ParseSvg(byte[] svg)
    {
        var doc = XDocument.Parse(Encoding.UTF8.GetString(svg));
        doc.Root!.Name.LocalName.ShouldBe("svg");
        return doc;
    }

    /// <summary>All text the SVG draws, one string per text element.</summary>
    public static List<string> Texts(XDocument doc) => [.. doc.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim())];

    public static IEnumerable<XElement> Elements(XDocument doc, string name) => doc.Descendants(Svg + name);

    /// <summary>Checks the PNG signature and returns the IHDR width and height.</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        png.Length.ShouldBeGreaterThan(33);
        png[..8].ShouldBe(PngSignature);
        Encoding.ASCII.GetString(png, 12, 4).ShouldBe("IHDR");
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    public static void Review(string name, byte[] image)
    {
        var folder = Environment.GetEnvironmentVariable("SPINEWISE_PLOTS_REVIEW");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, name), image);
    }
}
