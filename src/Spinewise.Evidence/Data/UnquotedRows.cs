using System.Runtime.CompilerServices;

namespace Spinewise.Evidence.Data;

/// <summary>
/// The rows of a CSV file with no quote after its header, read on every core: the bytes are cut into chunks of whole
/// lines, each chunk's cells are written where its lines would put them, and the chunks are then closed up in order.
/// Cells, row count and the first row of the wrong width are those <see cref="CsvReader"/>'s single pass gives.
/// </summary>
internal static class UnquotedRows
{
    /// <summary>Reads the rows from <paramref name="from"/> to the end.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="from">The first byte after the header's line end.</param>
    /// <param name="width">The header's field count.</param>
    /// <param name="firstLine">The 1-based line number at <paramref name="from"/>.</param>
    /// <param name="chunkBytes">About how many bytes each chunk holds.</param>
    /// <param name="source">Name used in messages.</param>
    /// <returns>Packed cells (see <see cref="CsvTable"/>), the rows, and the first wrong-width record's line and field count.</returns>
    public static (long[] Cells, int Rows, (int Line, int Fields)? WrongWidth) Read(byte[] bytes, int from, int width, int firstLine, int chunkBytes, string source)
    {
        var starts = new List<int> { from };
        while (starts[^1] < bytes.Length)
        {
            int next = (int)Math.Min((long)starts[^1] + chunkBytes, bytes.Length);
            int newline = next < bytes.Length ? bytes.AsSpan(next).IndexOf((byte)'\n') : -1;
            starts.Add(newline < 0 ? bytes.Length : next + newline + 1);
        }

        int chunks = starts.Count - 1;
        var slots = new long[chunks + 1];
        var lines = new int[chunks + 1];
        lines[0] = firstLine;
        for (int k = 0; k < chunks; k++)
        {
            var chunk = bytes.AsSpan(starts[k], starts[k + 1] - starts[k]);
            int ends = chunk.Count((byte)'\n') + chunk.Count((byte)'\r') - chunk.Count("\r\n"u8);
            bool tail = chunk.Length > 0 && chunk[^1] is not ((byte)'\n' or (byte)'\r');
            slots[k + 1] = slots[k] + ends + (tail ? 1 : 0);
            lines[k + 1] = lines[k] + ends;
        }

        long total = slots[chunks] * width;
        if (total > Array.MaxLength)
        {
            throw new CsvDataException(source, null, null, $"the file has more than {Array.MaxLength:N0} cells");
        }

        var cells = new long[Math.Max(total, 16)];
        var records = new int[chunks];
        var wrong = new (int Line, int Fields)?[chunks];
        Parallel.For(0, chunks, k =>
            (records[k], wrong[k]) = Chunk(bytes, starts[k], starts[k + 1], cells, (int)(slots[k] * width), width, lines[k]));

        long at = (long)records[0] * width;
        for (int k = 1; k < chunks; k++)
        {
            long length = (long)records[k] * width, start = slots[k] * width;
            if (start != at)
            {
                Array.Copy(cells, start, cells, at, length);
            }

            at += length;
        }

        return (cells, records.Sum(), wrong.FirstOrDefault(w => w is not null));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Records, (int Line, int Fields)? Wrong) Chunk(byte[] bytes, int start, int end, long[] cells, int cell, int width, int line)
    {
        int records = 0, fields = 0, fieldStart = start, i = start;
        (int Line, int Fields)? wrong = null;
        while (i < end)
        {
            byte b = bytes[i];
            if (b > (byte)',')
            {
                i++;
                continue;
            }

            if (b == (byte)',')
            {
                Add(fieldStart, i - fieldStart);
                fieldStart = ++i;
                continue;
            }

            if (b is (byte)'\n' or (byte)'\r')
            {
                if (fields > 0 || i > fieldStart)
                {
                    Add(fieldStart, i - fieldStart);
                }

                EndRecord();
                i += b == (byte)'\r' && i + 1 < bytes.Length && bytes[i + 1] == (byte)'\n' ? 2 : 1;
                line++;
                fieldStart = i;
                continue;
            }

            i++;
        }

        // Only the last chunk ends inside a line: one with no line end, or one ending in a comma.
        if (fields > 0 || end > fieldStart)
        {
            Add(fieldStart, end - fieldStart);
            EndRecord();
        }

        return (records, wrong);

        void Add(int from, int length)
        {
            if (fields < width)
            {
                cells[cell++] = unchecked((uint)from | ((long)length << 32));
            }

            fields++;
        }

        void EndRecord()
        {
            if (fields > 0)
            {
                if (fields != width)
                {
                    wrong ??= (line, fields);
                    cell -= Math.Min(fields, width);
                }
                else
                {
                    records++;
                }
            }

            fields = 0;
        }
    }
}
