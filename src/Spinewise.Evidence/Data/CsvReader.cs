using System.Text;

namespace Spinewise.Evidence.Data;

/// <summary>
/// Reads RFC 4180 CSV: a header row, comma-separated fields, fields optionally in double quotes (<c>""</c> is a quote;
/// quoted fields may hold commas and line breaks), CRLF or LF line ends. Empty cells are missing values.
/// </summary>
public static class CsvReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a UTF-8 file; a leading UTF-8 byte-order mark is ignored.</summary>
    /// <param name="path">The CSV file.</param>
    /// <exception cref="CsvDataException">The file is missing, empty, not UTF-8 (the line of the first bad byte is named) or malformed.</exception>
    public static CsvTable ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        if (!File.Exists(path)) throw new CsvDataException(path, null, null, "file not found");
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CsvDataException(path, null, null, $"cannot be read: {ex.Message}");
        }

        return Read(new StringReader(Decode(bytes, name)), name);
    }

    /// <summary>Strict UTF-8 (BOM skipped); UTF-16 and invalid bytes are named, never replaced silently.</summary>
    private static string Decode(byte[] bytes, string name)
    {
        bool bomLe = bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE, bomBe = bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF;
        if (bomLe || bomBe || Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, 4096)) >= 0)
            throw new CsvDataException(name, null, null, "the file is UTF-16 (or binary), not UTF-8 text: save it as UTF-8 CSV");
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            int at = Math.Clamp(start + ex.Index, 0, bytes.Length - 1);
            int line = 1;
            for (int i = 0; i < at; i++)
            {
                if (bytes[i] == (byte)'\n') line++;
            }

            throw new CsvDataException(name, null, null,
                $"line {line}: byte 0x{bytes[at]:X2} is not UTF-8 (the file seems to be in another encoding, e.g. Windows-1252 or Latin-1): save it as UTF-8");
        }
    }

    /// <summary>Reads CSV text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">Name used in messages (e.g. the file name).</param>
    /// <exception cref="CsvDataException">The text is empty or malformed.</exception>
    public static CsvTable Read(TextReader reader, string source = "input")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = new List<(int Line, List<string> Fields)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, recordLine = 1;
        bool quoted = false, wasQuoted = false, any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            char ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else quoted = false;
                }
                else
                {
                    if (ch == '\n') line++;
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0 && !wasQuoted:
                    quoted = wasQuoted = any = true;
                    break;
                case '"':
                    throw new CsvDataException(source, null, null, $"line {line}: a quote inside an unquoted field (quote the whole field and double the quote)");
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    wasQuoted = false;
                    any = true;
                    break;
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\r' or '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    if (wasQuoted) throw new CsvDataException(source, null, null, $"line {line}: text after a closing quote");
                    field.Append(ch);
                    any = true;
                    break;
            }
        }
        if (quoted) throw new CsvDataException(source, null, null, $"line {recordLine}: a quoted field is not closed");
        EndRecord();
        return Build(records, source);

        void EndRecord()
        {
            if (any || fields.Count > 0)
            {
                fields.Add(field.ToString());
                records.Add((recordLine, fields));
            }
            fields = [];
            field.Clear();
            wasQuoted = any = false;
        }
    }

    private static CsvTable Build(List<(int Line, List<string> Fields)> records, string source)
    {
        if (records.Count == 0) throw new CsvDataException(source, null, null, "the file is empty (a header row is required)");
        var header = records[0].Fields.Select(h => h.Trim()).ToList();
        if (header.Count == 1 && header[0].Contains(';', StringComparison.Ordinal))
        {
            throw new CsvDataException(source, null, null,
                $"line {records[0].Line}: the header is one column '{header[0]}': the file looks ';'-separated; spinewise reads comma-separated CSV (save it with ',' as the separator and '.' as the decimal mark)");
        }

        for (int j = 0; j < header.Count; j++)
        {
            if (header[j].Length == 0) throw new CsvDataException(source, null, null, $"header column {j + 1} has no name");
            if (header.IndexOf(header[j]) != j) throw new CsvDataException(source, null, header[j], "the column name appears twice in the header");
        }
        var rows = new List<string?[]>(records.Count - 1);
        for (int r = 1; r < records.Count; r++)
        {
            var f = records[r].Fields;
            if (f.Count != header.Count)
            {
                throw new CsvDataException(source, null, null,
                    $"line {records[r].Line}: {f.Count} field(s) but the header has {header.Count}");
            }
            rows.Add(f.Select(x => x.Length == 0 ? null : x).ToArray());
        }
        return new CsvTable(source, header, rows);
    }
}
