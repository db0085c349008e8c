using System.Globalization;
using System.Text.Json;
using Spinewise.Domain.Diagnostics;
using Spinewise.Domain.Text;

namespace Spinewise.Domain.Cases.Internal;

/// <summary>The values of a case: typed reads that report a wrong form, and the walk over values that are not read.</summary>
internal ref partial struct CaseJsonStream
{
    /// <summary>Counts the value the reader is on; past <see cref="MaxValues"/> notes where and passes over it (returns false).</summary>
    private bool Take()
    {
        if (--_left >= 0)
        {
            return true;
        }

        _firstOver = _firstOver < 0 ? TokenStart : _firstOver;
        _reader.Skip();
        return false;
    }

    /// <summary>Passes over the value the reader is on, counting its values and decoding escaped text as a read would.</summary>
    private void Walk()
    {
        if (Take())
        {
            WalkTaken();
        }
    }

    private void WalkTaken()
    {
        switch (_reader.TokenType)
        {
            case JsonTokenType.StartObject:
                while (_reader.Read() && _reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (_reader.ValueIsEscaped)
                    {
                        ReadString();
                    }

                    _reader.Read();
                    Walk();
                }

                break;
            case JsonTokenType.StartArray:
                while (_reader.Read() && _reader.TokenType != JsonTokenType.EndArray)
                {
                    Walk();
                }

                break;
            case JsonTokenType.String when _reader.ValueIsEscaped:
                ReadString();
                break;
            default:
                break;
        }
    }

    private Located<string>? Text(int slot, int major, int minor, string path)
    {
        if (!Take())
        {
            return null;
        }

        if (_reader.TokenType != JsonTokenType.String)
        {
            Mismatch(slot, major, minor, path, "text");
            return null;
        }

        var offset = TokenStart;
        return new Located<string>(ReadString(), At(offset, path));
    }

    private Located<double>? Number(int slot, int major, int minor, string path)
    {
        if (!Take())
        {
            return null;
        }

        if (_reader.TokenType != JsonTokenType.Number)
        {
            Mismatch(slot, major, minor, path, "a number");
            return null;
        }

        return new Located<double>(NumberValue(), At(TokenStart, path));
    }

    private Located<bool>? Boolean(int slot, int major, int minor, string path)
    {
        if (!Take())
        {
            return null;
        }

        if (_reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
        {
            Mismatch(slot, major, minor, path, "true or false");
            return null;
        }

        return new Located<bool>(_reader.TokenType == JsonTokenType.True, At(TokenStart, path));
    }

    private Located<DateOnly>? Date(int slot, int major, int minor, string path)
    {
        if (Text(slot, major, minor, path) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new Located<DateOnly>(date, text.Location);
        }

        Found(new(slot, major, minor, 0, CaseDiagnosticCodes.WrongType, text.Location!, $"expected a date as YYYY-MM-DD but found \"{text.Value}\"", null, null));
        return null;
    }

    /// <summary>A kebab-case enum value (<c>axial-and-radicular</c> ↔ <c>AxialAndRadicular</c>).</summary>
    private Located<TEnum>? Enum<TEnum>(int slot, int major, int minor, string path)
        where TEnum : struct, Enum
    {
        if (Text(slot, major, minor, path) is not { } text)
        {
            return null;
        }

        if (KebabCase.TryParse<TEnum>(text.Value, out var value))
        {
            return new Located<TEnum>(value, text.Location);
        }

        Found(new(slot, major, minor, 0, CaseDiagnosticCodes.InvalidValue, text.Location!,
            $"\"{text.Value}\" is not one of: {string.Join(", ", KebabCase.NamesOf<TEnum>())}", null, null));
        return null;
    }

    /// <summary>Reports a value of the wrong kind (the reader on it, already counted) and passes over it.</summary>
    private void Mismatch(int slot, int major, int minor, string path, string what)
    {
        var offset = TokenStart;
        var found = _reader.TokenType switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => $"the text \"{ReadString()}\"",
            JsonTokenType.Number => $"the number {NumberValue().ToString(CultureInfo.InvariantCulture)}",
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            _ => "null",
        };
        Found(new(slot, major, minor, 0, CaseDiagnosticCodes.WrongType, At(offset, path), $"expected {what} but found {found}", null, null));
        WalkTaken();
    }

    private readonly double NumberValue() => _reader.TryGetDouble(out var number) ? number : double.NaN;

    private void Found(FormDiagnostic diagnostic)
    {
        _form ??= [];
        _form.Add(diagnostic with { Sequence = _form.Count });
    }

    /// <summary>A string token's text; a lone surrogate escape becomes an <see cref="UndecodableTextException"/> at the token (bytes were checked to be UTF-8 before).</summary>
    private readonly string ReadString()
    {
        try
        {
            return _reader.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            var what = ex.InnerException is System.Text.DecoderFallbackException ? "bytes that are not UTF-8" : "a lone surrogate escape (\\uD800-\\uDFFF without its pair)";
            throw new UndecodableTextException((int)_reader.TokenStartIndex, $"the text holds {what}; write the character itself or its full surrogate pair");
        }
    }

    /// <summary>Where a byte offset (of the text after any byte order mark) is; offsets come mostly in increasing order.</summary>
    private DiagnosticLocation At(int offset, string path)
    {
        if (offset < _scanned)
        {
            (_scanned, _line, _lineStart) = (0, 1, 0);
        }

        for (var i = _utf8[_scanned..offset].IndexOf((byte)'\n'); i >= 0; i = _utf8[_scanned..offset].IndexOf((byte)'\n'))
        {
            _lineStart = _scanned + i + 1;
            _scanned = _lineStart;
            _line++;
        }

        _scanned = offset;
        return new DiagnosticLocation(_file, _line, offset - _lineStart + 1, path);
    }

    private sealed class UndecodableTextException(int offset, string message) : Exception(message)
    {
        public int Offset { get; } = offset;
    }
}
