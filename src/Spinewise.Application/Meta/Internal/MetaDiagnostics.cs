using Spinewise.Evidence.Common;
using Spinewise.Evidence.Data;

namespace Spinewise.Application.Meta.Internal;

/// <summary>The diagnostics of one request, collected in order.</summary>
internal sealed class MetaDiagnostics
{
    private readonly List<MetaDiagnostic> _items = [];

    public bool Any => _items.Count > 0;

    public IReadOnlyList<MetaDiagnostic> Items => _items;

    public void Add(MetaDiagnostic diagnostic) => _items.Add(diagnostic);

    public void Option(string code, string option, string message) => _items.Add(new(code, message, Option: option));

    public void Cell(string code, CsvTable table, int? row, string? column, string message, string? argument = null) =>
        _items.Add(new(code, message, Source: table.Source, Row: row, Column: column, Argument: argument));

    public void Analysis(string message) => _items.Add(new(MetaDiagnosticCodes.CannotAnalyse, message));

    /// <summary>
    /// Runs the reading and fitting part of a use case, turning the Evidence library's bad-input exceptions (a CSV
    /// problem, data the model cannot be fitted on) into diagnostics; anything else is a bug and propagates.
    /// </summary>
    public MetaResult<T> Run<T>(Func<T?> body)
        where T : class
    {
        T? value = null;
        try
        {
            if (!Any) value = body();
        }
        catch (CsvDataException ex)
        {
            var code = ex.Row is null && ex.Column is not null ? MetaDiagnosticCodes.MissingColumn
                : ex.Row is not null ? MetaDiagnosticCodes.InvalidCell : MetaDiagnosticCodes.UnreadableRows;
            _items.Add(new(code, ex.Problem, Source: ex.Source, Row: ex.Row, Column: ex.Column));
        }
        catch (MetaAnalysisException ex)
        {
            Analysis(ex.Message);
        }

        if (Any) return MetaResult.Failure<T>(_items);
        return MetaResult.Success(value ?? throw new InvalidOperationException("a use case returned neither a value nor a diagnostic"));
    }
}
