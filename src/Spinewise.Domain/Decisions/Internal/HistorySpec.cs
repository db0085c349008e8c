using Spinewise.Domain.Cases;

namespace Spinewise.Domain.Decisions.Internal;

/// <summary>A compiled history test: the intervention index and each qualifier (NaN or null when not asked).</summary>
internal readonly record struct HistorySpec(int Intervention, HistoryOutcome? Outcome, double MinMonths, double MinRelief, double WithinMonths);
