using System.CommandLine;
using Spinewise.Domain.Text;

namespace Spinewise.Cli;

/// <summary>"Did you mean …?" for a mistyped command or option: the nearest names the command being parsed accepts.</summary>
internal static class DidYouMean
{
    public static IEnumerable<string> Hints(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var names = command.Subcommands.Select(c => c.Name)
            .Concat(command.Options.Concat(parse.RootCommandResult.Command.Options.Where(o => o.Recursive)).SelectMany(o => o.Aliases.Prepend(o.Name)))
            .Where(n => n.Length > 2 && !n.StartsWith('/'))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var token in parse.UnmatchedTokens.Distinct(StringComparer.Ordinal).Where(t => t.Length > 2))
        {
            var nearest = NearestMatch.Find(token, names.Where(n => n.StartsWith('-') == token.StartsWith('-')), 3);
            if (nearest.Count > 0)
            {
                yield return $"'{Domain.Cases.ControlCharacters.Escape(token)}': did you mean {string.Join(" or ", nearest.Select(n => $"'{n}'"))}?";
            }
        }
    }
}
