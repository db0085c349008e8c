using System.Text.Json.Serialization;
using Spinewise.Domain.Sources;

namespace Spinewise.Application.Contracts;

/// <summary>A source reference in an answer's <c>sources</c> table; its document is in the answer's <c>documents</c>.</summary>
/// <param name="Document">The document id.</param>
/// <param name="Section">The section, when known.</param>
/// <param name="Line">The 1-based line in the document, when known.</param>
/// <param name="Verification">How far the reference is verified.</param>
public sealed record AnswerSourceJson(
    string Document,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Section,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Line,
    Verification Verification);
