using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Spinewise.Application.Screening;

/// <summary>The CSV of a screening report: RFC 4180 fields (quoted when they hold a comma, quote or line break), <c>\n</c> line ends.</summary>
public static class ScreeningCsv
{
    /// <summary>An enum value as the report writes it (<c>NotCandidate</c> → <c>not-candidate</c>), as in the JSON contracts.</summary>
    /// <param name="name">The value's name.</param>
    /// <returns>The kebab-case name.</returns>
    public static string Kebab(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);

    /// <summary>An enum value as the report writes it, from a table made once per enum type.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The kebab-case name.</returns>
    public static string Kebab<T>(T value)
        where T : struct, Enum => Names<T>.Of.TryGetValue(value, out var name) ? name : Kebab(value.ToString());

    /// <summary>Writes one row.</summary>
    /// <param name="writer">The file.</param>
    /// <param name="fields">The fields.</param>
    public static void Row(TextWriter writer, params ReadOnlySpan<string> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Escaped(fields[i]));
        }

        writer.Write('\n');
    }

    /// <summary>Writes one row as UTF-8, the same bytes as <see cref="Row(TextWriter, ReadOnlySpan{string})"/>.</summary>
    /// <param name="output">Where the row goes.</param>
    /// <param name="fields">The fields.</param>
    public static void Row(IBufferWriter<byte> output, params ReadOnlySpan<string> fields)
    {
        ArgumentNullException.ThrowIfNull(output);
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                output.Write(","u8);
            }

            Encoding.UTF8.GetBytes(Escaped(fields[i]), output);
        }

        output.Write("\n"u8);
    }

    /// <summary>Whether a field must be quoted (it holds a comma, quote or line break).</summary>
    /// <param name="field">The field.</param>
    public static bool NeedsQuotes(string field) => field.AsSpan().IndexOfAny(",\"\n\r") >= 0;

    /// <summary>A field as a row holds it: quoted, with its quotes doubled, when <see cref="NeedsQuotes"/>.</summary>
    private static string Escaped(string field) =>
        NeedsQuotes(field) ? string.Concat("\"", field.Replace("\"", "\"\"", StringComparison.Ordinal), "\"") : field;

    /// <summary>The fields of one line as <see cref="Row(TextWriter, ReadOnlySpan{string})"/> writes them.</summary>
    /// <param name="line">The line, without its end.</param>
    /// <returns>The fields.</returns>
    public static List<string> Fields(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    private static class Names<T>
        where T : struct, Enum
    {
        public static readonly IReadOnlyDictionary<T, string> Of = Enum.GetValues<T>().ToDictionary(v => v, v => Kebab(v.ToString()));
    }
}
