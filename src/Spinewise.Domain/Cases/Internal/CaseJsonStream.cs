using System.Text.Json;
using Spinewise.Domain.Diagnostics;

namespace Spinewise.Domain.Cases.Internal;

/// <summary>
/// Reads a case's JSON form straight off a <see cref="Utf8JsonReader"/>, without a tree: each field as it comes, with
/// its line and column (counted as the reader goes), into a <see cref="CaseDraft"/>. Problems of form are held
/// (<see cref="FormDiagnostic"/>) until the input is known to be well-formed; a syntax error, text that is not UTF-8 or
/// more than <see cref="MaxValues"/> values is then the one diagnostic, as the format says.
/// </summary>
internal ref partial struct CaseJsonStream
{
    private const int MaxDepth = 64;

    /// <summary>At most this many values are read (later values are only checked for form).</summary>
    private const int MaxValues = 100_000;

    private static readonly byte[][] TopKeysUtf8 = CasePaths.Utf8(CasePaths.TopKeys);
    private static readonly byte[][] HistoryKeysUtf8 = CasePaths.Utf8(CasePaths.HistoryKeys);
    private static readonly byte[][] FindingKeysUtf8 = CasePaths.Utf8(CasePaths.FindingKeys);
    private static readonly byte[][] FlagKeysUtf8 = CasePaths.Utf8(CasePaths.FlagKeys);

    private readonly ReadOnlySpan<byte> _utf8;
    private readonly string _file;
    private Utf8JsonReader _reader;
    private List<FormDiagnostic>? _form;
    private int _left;
    private int _firstOver;
    private int _scanned;
    private int _line;
    private int _lineStart;

    private CaseJsonStream(ReadOnlySpan<byte> utf8, string file)
    {
        _utf8 = utf8;
        _file = file;
        _reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        (_left, _firstOver, _line) = (MaxValues, -1, 1);
    }

    private readonly int TokenStart => (int)_reader.TokenStartIndex;

    /// <summary>
    /// The draft, or <see langword="null"/> when the input is not a well-formed JSON object; problems go to
    /// <paramref name="diagnostics"/>. Lines and columns are 1-based and count bytes; a UTF-8 byte order mark is not counted.
    /// </summary>
    public static CaseDraft? Parse(ReadOnlySpan<byte> utf8, string file, CaseDiagnosticList diagnostics)
    {
        var bom = utf8.StartsWith("\uFEFF"u8) ? 3 : 0;
        var stream = new CaseJsonStream(utf8[bom..], file);
        if (TextEncoding.Problem(utf8, out var at) is { } problem)
        {
            diagnostics.Add(CaseDiagnosticCodes.NotUtf8, stream.At(Math.Max(at - bom, 0), "$"), problem);
            return null;
        }

        return stream.Read(diagnostics);
    }

    private CaseDraft? Read(CaseDiagnosticList diagnostics)
    {
        CaseDraft? draft;
        try
        {
            if (!_reader.Read())
            {
                diagnostics.Add(CaseDiagnosticCodes.MalformedJson, new DiagnosticLocation(_file, 1, 1, "$"),
                    "malformed JSON: the input is empty; a case is a JSON object with at least an \"id\"");
                return null;
            }

            draft = ReadCase();
            if (_reader.Read())
            {
                diagnostics.Add(CaseDiagnosticCodes.MalformedJson, At(TokenStart, "$"), "malformed JSON: unexpected content after the end of the case object");
                return null;
            }

            if (_firstOver >= 0)
            {
                diagnostics.Add(CaseDiagnosticCodes.TooLarge, At(_firstOver, "$"),
                    "the case holds more than 100,000 JSON values (a case has a few hundred); nothing of it was read");
                return null;
            }
        }
        catch (JsonException ex)
        {
            diagnostics.Add(CaseDiagnosticCodes.MalformedJson, new DiagnosticLocation(_file, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1, "$"),
                $"malformed JSON: {ex.Message.Split(" LineNumber:", 2)[0]}");
            return null;
        }
        catch (UndecodableTextException ex)
        {
            diagnostics.Add(CaseDiagnosticCodes.NotUtf8, At(ex.Offset, "$"), ex.Message);
            return null;
        }

        FormDiagnostic.AddTo(_form, diagnostics);
        return draft;
    }

    private CaseDraft? ReadCase()
    {
        var offset = TokenStart;
        Take();
        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            Mismatch(0, 0, 0, "$", "a JSON object (the case)");
            return null;
        }

        var location = At(offset, "$");
        Located<string>? id = null;
        Located<DateOnly>? asOf = null;
        Located<double>? age = null, duration = null;
        Located<Sex>? sex = null;
        Located<PainPresentation>? painType = null;
        List<Located<string>>? conditions = null, ruledOut = null, notDone = null;
        Dictionary<string, Located<double>>? findings = null;
        Dictionary<string, Located<bool>>? flags = null;
        List<HistoryDraft>? history = null;
        var seen = 0u;
        while (_reader.Read() && _reader.TokenType == JsonTokenType.PropertyName)
        {
            if (Key(0, 0, "$", TopKeysUtf8, CasePaths.TopKeys, CasePaths.Top, ref seen) is not (>= 0 and var key))
            {
                continue;
            }

            var slot = key + 1;
            var path = CasePaths.Top[key];
            switch (key)
            {
                case 0: id = Text(slot, 0, 0, path); break;
                case 1: asOf = Date(slot, 0, 0, path); break;
                case 2: age = Number(slot, 0, 0, path); break;
                case 3: sex = Enum<Sex>(slot, 0, 0, path); break;
                case 4: duration = Number(slot, 0, 0, path); break;
                case 5: painType = Enum<PainPresentation>(slot, 0, 0, path); break;
                case 6: conditions = Texts(key, "condition"); break;
                case 7: ruledOut = Texts(key, "condition"); break;
                case 8: findings = Findings(slot); break;
                case 9: history = History(slot); break;
                case 10: notDone = Texts(key, "intervention"); break;
                default: flags = Flags(slot); break;
            }
        }

        return new CaseDraft
        {
            File = _file, Location = location, Id = id, AsOf = asOf, Age = age, Sex = sex, PainDurationMonths = duration, PainType = painType,
            Conditions = conditions ?? [], RuledOut = ruledOut ?? [], Findings = findings ?? [], History = history ?? [], NotDone = notDone ?? [],
            Flags = flags ?? [],
        };
    }

    /// <summary>At a property name: the index of the known key whose value follows (the reader on it), or -1 when the key is unknown or repeated (reported, its value passed over).</summary>
    private int Key(int slot, int major, string path, byte[][] keysUtf8, string[] keys, string[]? paths, ref uint seen)
    {
        var nameOffset = TokenStart;
        string? name = null;
        var key = -1;
        if (_reader.ValueIsEscaped)
        {
            name = ReadString();
            key = Array.IndexOf(keys, name);
        }
        else
        {
            var raw = _reader.ValueSpan;
            for (var k = 0; k < keysUtf8.Length && key < 0; k++)
            {
                key = raw.SequenceEqual(keysUtf8[k]) ? k : -1;
            }

            name = key < 0 ? ReadString() : null;
        }

        _reader.Read();
        if (key < 0)
        {
            Found(new(slot, major, 0, 0, CaseDiagnosticCodes.UnknownKey, At(nameOffset, $"{path}.{name}"), null, name, keys));
            Walk();
            return -1;
        }

        if ((seen & (1u << key)) != 0)
        {
            Found(new(slot, major, 0, 0, CaseDiagnosticCodes.Duplicate, At(nameOffset, paths?[key] ?? $"{path}.{keys[key]}"), $"key '{keys[key]}' is given twice", null, null));
            Walk();
            return -1;
        }

        seen |= 1u << key;
        return key;
    }

    private List<Located<string>> Texts(int key, string what)
    {
        var result = new List<Located<string>>();
        var slot = key + 1;
        if (!Take())
        {
            return result;
        }

        if (_reader.TokenType != JsonTokenType.StartArray)
        {
            Mismatch(slot, 0, 0, CasePaths.Top[key], $"an array of {what} ids");
            return result;
        }

        for (var index = 0; _reader.Read() && _reader.TokenType != JsonTokenType.EndArray;)
        {
            if (!Take())
            {
                continue;
            }

            var path = CasePaths.Item(key, index++);
            if (_reader.TokenType == JsonTokenType.String)
            {
                var offset = TokenStart;
                result.Add(new(ReadString(), At(offset, path)));
            }
            else
            {
                Mismatch(slot, 0, 0, path, "text");
            }
        }

        return result;
    }
}
