namespace Spinewise.Application;

/// <summary>
/// Why a use case could not answer, because of its input: <see cref="UnknownIdFailure"/>,
/// <see cref="InvalidParameterFailure"/> or <see cref="InvalidCaseFailure"/>. Hosts translate it once (the CLI to a
/// message and exit code 2, the web to a problem document).
/// </summary>
public abstract record UseCaseFailure
{
    private protected UseCaseFailure()
    {
    }
}
