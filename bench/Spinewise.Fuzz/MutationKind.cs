namespace Spinewise.Fuzz;

/// <summary>The kinds of edit the campaign makes: byte-level (any format) and structure-aware (a token of the file's own format).</summary>
internal enum MutationKind
{
    /// <summary>Overwrite bytes with random values.</summary>
    FlipBytes,

    /// <summary>Insert a token known to upset readers (invalid UTF-8, a lone surrogate escape, an open bracket, a control character, …).</summary>
    InsertNasty,

    /// <summary>Delete a range of bytes.</summary>
    DeleteRange,

    /// <summary>Cut the input short.</summary>
    Truncate,

    /// <summary>Repeat a range of bytes (deep nesting, repeated entries).</summary>
    DuplicateRange,

    /// <summary>Re-encode the whole input as UTF-16 or UTF-32, with or without a byte order mark.</summary>
    Reencode,

    /// <summary>Replace the input by random bytes.</summary>
    RandomBytes,

    /// <summary>Replace a value (JSON value, CSV cell, YAML scalar) by a value of another type or an extreme one.</summary>
    ReplaceValue,

    /// <summary>Delete, repeat or swap a line (YAML entries, CSV rows, JSON members on their own lines).</summary>
    EditLine,

    /// <summary>Replace a key or column name by a near miss or an unknown one.</summary>
    RenameKey,
}
