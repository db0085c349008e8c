using Spinewise.Domain.Cases.Internal;
using Spinewise.Domain.Diagnostics;

namespace Spinewise.Domain.Cases;

/// <summary>
/// Reads a patient case from JSON (format: <c>docs/case.md</c>): the JSON form (types, dates, enum spellings, known keys),
/// streamed off a <see cref="System.Text.Json.Utf8JsonReader"/> without a tree, into a <see cref="CaseDraft"/> whose every
/// field knows its JSON path, line and column, then
/// <see cref="CaseValidator"/> for what the values mean. Every problem of both is reported; nothing partial is returned.
/// </summary>
public static class CaseJsonReader
{
    /// <summary>Reads and validates one case.</summary>
    /// <param name="utf8">The JSON, UTF-8 encoded.</param>
    /// <param name="file">The name to report problems against (a path, or e.g. <c>request body</c>).</param>
    /// <param name="knowledge">The knowledge whose vocabulary the ids must belong to.</param>
    public static Result<PatientCase> Read(ReadOnlySpan<byte> utf8, string file, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(knowledge);
        var diagnostics = new CaseDiagnosticList();
        if (Parse(utf8, file, diagnostics) is not { } draft)
        {
            return Result<PatientCase>.Failure(diagnostics.Listed());
        }

        var patient = CaseValidator.Validate(draft, knowledge, diagnostics);
        return patient is not null && diagnostics.Count == 0 ? Result<PatientCase>.Success(patient) : Result<PatientCase>.Failure(diagnostics.Listed());
    }

    /// <summary>Reads one case's JSON form only, into a draft for <see cref="CaseValidator.Validate(CaseDraft, KnowledgeBase)"/>.</summary>
    /// <param name="utf8">The JSON, UTF-8 encoded.</param>
    /// <param name="file">The name to report problems against.</param>
    public static Result<CaseDraft> ReadDraft(ReadOnlySpan<byte> utf8, string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var diagnostics = new CaseDiagnosticList();
        var draft = Parse(utf8, file, diagnostics);
        return draft is not null && diagnostics.Count == 0 ? Result<CaseDraft>.Success(draft) : Result<CaseDraft>.Failure(diagnostics.Listed());
    }

    /// <summary>The draft, or <see langword="null"/> when the input is not a JSON object; form problems go to <paramref name="diagnostics"/>.</summary>
    private static CaseDraft? Parse(ReadOnlySpan<byte> utf8, string file, CaseDiagnosticList diagnostics) => CaseJsonStream.Parse(utf8, file, diagnostics);
}
