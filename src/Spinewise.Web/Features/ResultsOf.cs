using Microsoft.AspNetCore.Http.HttpResults;
using Spinewise.Application;
using Spinewise.Web.Problems;

namespace Spinewise.Web.Features;

/// <summary>A use case's outcome as a typed result: 200 with the contract, or its failure as a problem document.</summary>
internal static class ResultsOf
{
    public static Results<Ok<T>, ProblemHttpResult> Ok<T>(Outcome<T> outcome)
        where T : class =>
        outcome.TryGetValue(out var value, out var failure) ? TypedResults.Ok(value) : failure.ToProblem();
}
