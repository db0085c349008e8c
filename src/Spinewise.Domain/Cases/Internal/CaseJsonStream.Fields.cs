using System.Text.Json;

namespace Spinewise.Domain.Cases.Internal;

/// <summary>The objects of a case (findings, flags, history entries).</summary>
internal ref partial struct CaseJsonStream
{
    private Dictionary<string, Located<double>> Findings(int slot)
    {
        var map = new Dictionary<string, Located<double>>(StringComparer.Ordinal);
        if (!Take())
        {
            return map;
        }

        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            Mismatch(slot, 0, 0, CasePaths.Top[8], "an object of findings");
            return map;
        }

        var seen = 0u;
        while (_reader.Read() && _reader.TokenType == JsonTokenType.PropertyName)
        {
            if (Key(slot, 0, CasePaths.Top[8], FindingKeysUtf8, CasePaths.FindingKeys, CasePaths.Findings, ref seen) is >= 0 and var key
                && Number(slot, 0, 1, CasePaths.Findings[key]) is { } value)
            {
                map[CasePaths.FindingKeys[key]] = value;
            }
        }

        return map;
    }

    private Dictionary<string, Located<bool>> Flags(int slot)
    {
        var map = new Dictionary<string, Located<bool>>(StringComparer.Ordinal);
        if (!Take())
        {
            return map;
        }

        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            Mismatch(slot, 0, 0, CasePaths.Top[11], "an object of flags");
            return map;
        }

        var seen = 0u;
        while (_reader.Read() && _reader.TokenType == JsonTokenType.PropertyName)
        {
            if (Key(slot, 0, CasePaths.Top[11], FlagKeysUtf8, CasePaths.FlagKeys, CasePaths.Flags, ref seen) is >= 0 and var key
                && Boolean(slot, 0, 1, CasePaths.Flags[key]) is { } value)
            {
                map[CasePaths.FlagKeys[key]] = value;
            }
        }

        return map;
    }

    private List<HistoryDraft> History(int slot)
    {
        var history = new List<HistoryDraft>();
        if (!Take())
        {
            return history;
        }

        if (_reader.TokenType != JsonTokenType.StartArray)
        {
            Mismatch(slot, 0, 0, CasePaths.Top[9], "an array of history entries");
            return history;
        }

        for (var index = 0; _reader.Read() && _reader.TokenType != JsonTokenType.EndArray;)
        {
            if (!Take())
            {
                continue;
            }

            var i = index++;
            var path = CasePaths.Item(9, i);
            if (_reader.TokenType != JsonTokenType.StartObject)
            {
                Mismatch(slot, i, 0, path, "a history entry object");
                continue;
            }

            history.Add(Entry(slot, i, path));
        }

        return history;
    }

    private HistoryDraft Entry(int slot, int i, string path)
    {
        var location = At(TokenStart, path);
        Located<string>? intervention = null, variant = null;
        Located<DateOnly>? date = null;
        Located<double>? months = null, relief = null;
        Located<HistoryOutcome>? outcome = null;
        var seen = 0u;
        while (_reader.Read() && _reader.TokenType == JsonTokenType.PropertyName)
        {
            if (Key(slot, i, path, HistoryKeysUtf8, CasePaths.HistoryKeys, null, ref seen) is not (>= 0 and var key))
            {
                continue;
            }

            var at = CasePaths.HistoryField(i, key);
            switch (key)
            {
                case 0: intervention = Text(slot, i, 1, at); break;
                case 1: variant = Text(slot, i, 2, at); break;
                case 2: date = Date(slot, i, 3, at); break;
                case 3: months = Number(slot, i, 4, at); break;
                case 4: outcome = Enum<HistoryOutcome>(slot, i, 5, at); break;
                default: relief = Number(slot, i, 6, at); break;
            }
        }

        return new HistoryDraft { Location = location, Intervention = intervention, Variant = variant, Date = date, Months = months, Outcome = outcome, ReliefPercent = relief };
    }
}
