namespace Spinewise.Application.Evaluations;

/// <summary>
/// Where <see cref="ScreenCases"/> puts each evaluation: a file of one JSON line per case, a database, CDS cards.
/// Called on one thread, in the order of the inputs.
/// </summary>
public interface IEvaluationSink
{
    /// <summary>Takes one evaluated case.</summary>
    /// <param name="evaluation">The evaluation; its <see cref="Evaluation.Contract"/> is already made.</param>
    void Accept(Evaluation evaluation);
}
