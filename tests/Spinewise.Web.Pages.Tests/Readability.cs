using System.Text.RegularExpressions;

namespace Spinewise.Web.Pages.Tests;

/// <summary>
/// The Flesch–Kincaid grade level of a text: 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59.
/// Sentences end at '.', '!', '?' or a line break (a heading or list item without a stop is one sentence); words are
/// tokens with a letter; syllables are counted by vowel groups, with a silent final 'e' dropped and at least one per word.
/// </summary>
public static partial class Readability
{
    /// <summary>The grade, with the counts it comes from.</summary>
    public static (double Grade, int Sentences, int Words, int Syllables) FleschKincaid(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = SentenceBreak().Split(text).Where(s => Words(s).Any()).ToList();
        var words = sentences.SelectMany(Words).ToList();
        if (words.Count == 0)
        {
            return (0, 0, 0, 0);
        }

        var syllables = words.Sum(Syllables);
        var grade = (0.39 * words.Count / sentences.Count) + (11.8 * syllables / words.Count) - 15.59;
        return (grade, sentences.Count, words.Count, syllables);
    }

    /// <summary>The syllables of one word (an estimate, as every Flesch–Kincaid tool makes).</summary>
    public static int Syllables(string word)
    {
        var w = word.ToLowerInvariant().Where(char.IsLetter).ToArray();
        if (w.Length == 0)
        {
            return 0;
        }

        var count = 0;
        var previousVowel = false;
        for (var i = 0; i < w.Length; i++)
        {
            var vowel = "aeiouy".Contains(w[i], StringComparison.Ordinal);
            if (vowel && !previousVowel)
            {
                count++;
            }

            previousVowel = vowel;
        }

        var s = new string(w);
        if (s.EndsWith('e') && !s.EndsWith("le", StringComparison.Ordinal) && count > 1)
        {
            count--; // a silent final e (make, note), but not "-le" (table)
        }

        if ((s.EndsWith("es", StringComparison.Ordinal) || s.EndsWith("ed", StringComparison.Ordinal)) && count > 1 && !Regex.IsMatch(s, "(t|d)ed$|(s|x|z|ch|sh|c|g)es$"))
        {
            count--; // "notes", "named": the ending adds no syllable
        }

        return Math.Max(1, count);
    }

    private static IEnumerable<string> Words(string sentence) => WordPattern().Matches(sentence).Select(m => m.Value).Where(w => w.Any(char.IsLetter));

    [GeneratedRegex(@"[.!?]+(?=\s|$)|\n+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"[\p{L}\p{N}'’-]+")]
    private static partial Regex WordPattern();
}
