namespace Spinewise.Cli;

/// <summary>The CLI's documented exit codes (docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>The knowledge folder is invalid (every error is printed).</summary>
    public const int InvalidKnowledge = 1;

    /// <summary>Bad input: an unknown command, option or id, or an ill-formed value.</summary>
    public const int BadInput = 2;

    /// <summary>A bug in Spinewise (an unexpected exception), reported as such rather than as bad input.</summary>
    public const int InternalError = 3;
}
