using Spinewise.Evidence.Common;

namespace Spinewise.Evidence.Network;

/// <summary>The contrasts, studies and geometry built from the input, before any fit.</summary>
internal sealed record NetworkBuilt(
    List<NetworkContrastRow> Contrasts,
    List<NetworkStudy> Studies,
    NetworkGeometry Geometry,
    string Reference,
    List<DataDiagnostic> Warnings);
