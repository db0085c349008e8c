using Spinewise.Domain.Guidelines;

namespace Spinewise.Knowledge.Internal;

/// <summary>A guideline as read from its file, before its recommendations (from other files) are attached.</summary>
internal sealed record RawGuideline(Guideline Guideline, Location At, Location SchemeAt);
