namespace Spinewise.Application;
/// <summary>Placeholder until the first type lands.</summary>
internal static class AssemblyMarker;
