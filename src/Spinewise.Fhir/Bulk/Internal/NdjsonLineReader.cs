using System.Buffers;

namespace Spinewise.Fhir.Bulk.Internal;

/// <summary>Reads a stream line by line into one growing buffer (no string per line); <c>\r\n</c> and a last line without <c>\n</c> are accepted.</summary>
internal sealed class NdjsonLineReader(Stream stream) : IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>The 1-based number of the line last read.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Reads the next line (valid until the next call), or returns false at the end.</summary>
    public bool TryRead(out ReadOnlySpan<byte> line)
    {
        var searched = 0;
        while (true)
        {
            var pending = _buffer.AsSpan(_start + searched, _end - _start - searched);
            var newline = pending.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var length = searched + newline;
                line = Trim(_buffer.AsSpan(_start, length));
                _start += length + 1;
                LineNumber++;
                return true;
            }

            searched = _end - _start;
            if (_eof)
            {
                if (_start < _end)
                {
                    line = Trim(_buffer.AsSpan(_start, _end - _start));
                    _start = _end;
                    LineNumber++;
                    return true;
                }

                line = default;
                return false;
            }

            Fill();
        }
    }

    private void Fill()
    {
        var remaining = _end - _start;
        if (remaining == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(_start, remaining).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        else if (_start > 0)
        {
            _buffer.AsSpan(_start, remaining).CopyTo(_buffer);
        }

        (_start, _end) = (0, remaining);
        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> line) => line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
