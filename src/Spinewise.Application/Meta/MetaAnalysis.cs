namespace Spinewise.Application.Meta;

/// <summary>A finished analysis: the contract hosts serialize, the engine's result (for printers) and the studies read.</summary>
/// <typeparam name="TReport">The JSON contract.</typeparam>
/// <typeparam name="TResult">The engine's result.</typeparam>
/// <param name="Report">The JSON contract (serialize it with <c>ContractJson.Options</c>).</param>
/// <param name="Result">The engine's result.</param>
/// <param name="Studies">The studies as read.</param>
public sealed record MetaAnalysis<TReport, TResult>(TReport Report, TResult Result, StudyData Studies)
    where TReport : class
    where TResult : class;
