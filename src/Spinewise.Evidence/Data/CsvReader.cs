using System.Text;

namespace Spinewise.Evidence.Data;

/// <summary>
/// Reads RFC 4180 CSV: a header row, comma-separated fields, fields optionally in double quotes (<c>""</c> is a quote;
/// quoted fields may hold commas and line breaks), CRLF or LF line ends. Empty cells are missing values.
/// </summary>
public static class CsvReader
{
    /// <summary>Reads a file; a leading UTF-8 byte-order mark is ignored.</summary>
    /// <param name="path">The CSV file.</param>
    /// <exception cref="CsvDataException">The file is missing, empty or malformed.</exception>
    public static CsvTable ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        if (!File.Exists(path)) throw new CsvDataException(path, null, null, "file not found");
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, name);
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
