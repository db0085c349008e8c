using Spinewise.Application.Meta.Contracts;

namespace Spinewise.Application.Meta.Internal;

/// <summary>The study-data settings every analysis echoes.</summary>
internal sealed record StudyEcho(string File, EscalcSettings? Escalc, string? Yi, string? Vi);
