using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

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

        return Parse(bytes, Decode(bytes, name), name);
    }

    /// <summary>Strict UTF-8 (BOM skipped); UTF-16 and invalid bytes are named, never replaced silently.</summary>
    private static int Decode(byte[] bytes, string name)
    {
        bool bomLe = bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE, bomBe = bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF;
        if (bomLe || bomBe || Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, 4096)) >= 0)
        {
            throw new CsvDataException(name, null, null, "the file is UTF-16 (or binary), not UTF-8 text: save it as UTF-8 CSV");
        }

        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        if (Utf8.IsValid(bytes.AsSpan(start)))
        {
            return start;
        }

        try
        {
            _ = StrictUtf8.GetCharCount(bytes, start, bytes.Length - start);
            return start;
        }
        catch (DecoderFallbackException ex)
        {
            int at = Math.Clamp(start + ex.Index, 0, bytes.Length - 1);
            int line = 1;
            for (int i = 0; i < at; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    line++;
                }
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
        return Parse(Encoding.UTF8.GetBytes(reader.ReadToEnd()), 0, source);
    }

    /// <summary>Rows after the header with no quote in them are split on every core from this size on.</summary>
    internal const int ParallelChunkBytes = 1 << 20;

    /// <summary>
    /// One pass over UTF-8 bytes: each cell is kept as a slice of them (the quotes of a quoted field left out, and a flag
    /// when it holds doubled quotes); the header's names are the only strings made. Errors are those of the whole text,
    /// in the order a reader meets them: the syntax first, then the header, then the first row of the wrong width.
    /// When no quote follows the header and at least <paramref name="chunkBytes"/> do, the rows are read in chunks of
    /// whole lines on every core (<see cref="UnquotedRows"/>), to the same cells and errors.
    /// </summary>
    /// <param name="array">The bytes.</param>
    /// <param name="offset">Where the text starts (after a byte-order mark).</param>
    /// <param name="source">Name used in messages.</param>
    /// <param name="chunkBytes">The size of the parallel chunks; 0 reads every row in one pass.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static CsvTable Parse(byte[] array, int offset, string source, int chunkBytes = ParallelChunkBytes)
    {
        var bytes = array.AsSpan();
        var header = new List<string>();
        long[] cells = [];
        int count = 0, rows = 0, fields = 0, line = 1, recordLine = 1, headerLine = 0;
        (int Line, int Fields)? wrongWidth = null;
        bool inHeader = true, any = false, unquoted = false;
        int i = offset;
        while (i < bytes.Length)
        {
            if (unquoted)
            {
                (cells, rows, wrongWidth) = UnquotedRows.Read(array, i, header.Count, line, chunkBytes, source);
                break;
            }

            int start, length, flags = 0;
            if (bytes[i] == (byte)'"')
            {
                any = true;
                start = ++i;
                while (true)
                {
                    int q = bytes[i..].IndexOf((byte)'"');
                    if (q < 0)
                    {
                        throw new CsvDataException(source, null, null, $"line {recordLine}: a quoted field is not closed");
                    }

                    line += bytes.Slice(i, q).Count((byte)'\n');
                    i += q + 1;
                    if (i < bytes.Length && bytes[i] == (byte)'"')
                    {
                        flags = CsvTable.EscapedFlag;
                        i++;
                        continue;
                    }

                    break;
                }

                length = i - 1 - start;
                if (i < bytes.Length && bytes[i] is not ((byte)',' or (byte)'\r' or (byte)'\n'))
                {
                    throw new CsvDataException(source, null, null, $"line {line}: text after a closing quote");
                }
            }
            else
            {
                start = i;
                int end = bytes[i..].IndexOfAny((byte)',', (byte)'\r', (byte)'\n');
                end = end < 0 ? bytes.Length : i + end;
                int quote = bytes[i..end].IndexOf((byte)'"');
                if (quote >= 0)
                {
                    throw new CsvDataException(source, null, null, $"line {line}: a quote inside an unquoted field (quote the whole field and double the quote)");
                }

                length = end - start;
                any |= length > 0;
                i = end;
            }

            if (i < bytes.Length && bytes[i] == (byte)',')
            {
                Add(start, length | flags);
                any = true;
                i++;
                if (i == bytes.Length)
                {
                    Add(i, 0);
                    EndRecord();
                }

                continue;
            }

            if (any || fields > 0)
            {
                Add(start, length | flags);
            }

            EndRecord();
            if (i < bytes.Length)
            {
                i += bytes[i] == (byte)'\r' && i + 1 < bytes.Length && bytes[i + 1] == (byte)'\n' ? 2 : 1;
                line++;
                recordLine = line;
            }
        }

        if (inHeader)
        {
            throw new CsvDataException(source, null, null, "the file is empty (a header row is required)");
        }

        CheckHeader(header, headerLine, source);
        if (wrongWidth is { } wrong)
        {
            throw new CsvDataException(source, null, null, $"line {wrong.Line}: {wrong.Fields} field(s) but the header has {header.Count}");
        }

        return new CsvTable(source, header, array, cells, rows);

        void Add(int start, int packed)
        {
            if (inHeader)
            {
                var name = Encoding.UTF8.GetString(array, start, packed & ~CsvTable.EscapedFlag);
                header.Add(((packed & CsvTable.EscapedFlag) != 0 ? name.Replace("\"\"", "\"", StringComparison.Ordinal) : name).Trim());
            }
            else
            {
                if (count == cells.Length)
                {
                    Array.Resize(ref cells, (int)Math.Min(cells.Length * 2L, Array.MaxLength));
                }

                cells[count++] = unchecked((uint)start | ((long)packed << 32));
            }

            fields++;
        }

        void EndRecord()
        {
            if (fields > 0)
            {
                if (inHeader)
                {
                    inHeader = false;
                    headerLine = recordLine;
                    var rest = array.AsSpan(i);
                    unquoted = chunkBytes > 0 && rest.Length >= chunkBytes && rest.IndexOf((byte)'"') < 0;
                    if (!unquoted)
                    {
                        long lines = rest.Count((byte)'\n') + 1L;
                        cells = new long[Math.Clamp(lines * header.Count, 16, Array.MaxLength)];
                    }
                }
                else
                {
                    if (fields != header.Count)
                    {
                        wrongWidth ??= (recordLine, fields);
                        count -= fields;
                    }
                    else
                    {
                        rows++;
                    }
                }
            }

            fields = 0;
            any = false;
        }
    }

    private static void CheckHeader(List<string> header, int line, string source)
    {
        if (header.Count == 1 && header[0].Contains(';', StringComparison.Ordinal))
        {
            throw new CsvDataException(source, null, null,
                $"line {line}: the header is one column '{header[0]}': the file looks ';'-separated; spinewise reads comma-separated CSV (save it with ',' as the separator and '.' as the decimal mark)");
        }

        for (int j = 0; j < header.Count; j++)
        {
            if (header[j].Length == 0)
            {
                throw new CsvDataException(source, null, null, $"header column {j + 1} has no name");
            }

            if (header.IndexOf(header[j]) != j)
            {
                throw new CsvDataException(source, null, header[j], "the column name appears twice in the header");
            }
        }
    }
}
