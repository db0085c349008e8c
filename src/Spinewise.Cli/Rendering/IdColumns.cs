using Spectre.Console;

namespace Spinewise.Cli.Rendering;

/// <summary>Columns that hold ids are never wrapped, so an id is never broken in the middle however narrow the terminal.</summary>
internal static class IdColumns
{
    public static Table KeepIdsWhole(this Table table, params int[] columns)
    {
        foreach (var column in columns)
        {
            table.Columns[column].NoWrap();
        }

        return table;
    }
}
