using System.Buffers;
using System.Text.Json;

namespace Spinewise.Web.Features.Evaluations;

/// <summary>
/// A JSON answer serialized into a buffer rented from <see cref="ArrayPool{T}.Shared"/>, returned on dispose. An answer
/// is about 100 KB: as a fresh array per request it would land on the large-object heap and make every few requests pay
/// for a full (gen 2) collection; pooled, the same few buffers serve every request.
/// </summary>
internal sealed class PooledJson : IBufferWriter<byte>, IDisposable
{
    private const int InitialSize = 128 * 1024;
    private byte[] _buffer;
    private int _length;

    private PooledJson(int initialSize) => _buffer = ArrayPool<byte>.Shared.Rent(initialSize);

    /// <summary>The JSON written so far.</summary>
    public ReadOnlyMemory<byte> Memory => _buffer.AsMemory(0, _length);

    /// <summary>The JSON written so far.</summary>
    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, _length);

    /// <summary>The number of bytes written.</summary>
    public int Length => _length;

    /// <summary>Serializes <paramref name="value"/> with <paramref name="options"/>, byte for byte as <see cref="JsonSerializer.SerializeToUtf8Bytes{TValue}(TValue, JsonSerializerOptions?)"/> would.</summary>
    public static PooledJson Serialize<T>(T value, JsonSerializerOptions options)
    {
        var pooled = new PooledJson(InitialSize);
        try
        {
            using var writer = new Utf8JsonWriter(pooled, new JsonWriterOptions
            {
                Encoder = options.Encoder,
                Indented = options.WriteIndented,
                IndentCharacter = options.IndentCharacter,
                IndentSize = options.IndentSize,
                NewLine = options.NewLine,
                MaxDepth = options.MaxDepth,
                SkipValidation = true,
            });
            JsonSerializer.Serialize(writer, value, options);
            return pooled;
        }
        catch
        {
            pooled.Dispose();
            throw;
        }
    }

    /// <summary>A copy as a new array (for callers that keep the bytes).</summary>
    public byte[] ToArray() => Span.ToArray();

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - _length);
        _length += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsMemory(_length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsSpan(_length);
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Reserve(int sizeHint)
    {
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _length >= needed)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + needed));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
