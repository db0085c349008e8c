namespace Spinewise.Cli.Commands.Meta;

/// <summary>Bad input to a meta-analysis command (unknown option value, missing column, invalid data); exit code 2.</summary>
internal sealed class MetaInputException : Exception
{
    public MetaInputException(string message) : base(message) { }

    public MetaInputException() { }

    public MetaInputException(string message, Exception innerException) : base(message, innerException) { }
}
