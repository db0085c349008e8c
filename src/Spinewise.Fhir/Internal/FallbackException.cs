namespace Spinewise.Fhir.Internal;

/// <summary>The fast reader met something it does not accept: the Firely reader reads the input again and reports it.</summary>
#pragma warning disable CA1032, CA1064 // internal control flow between the two readers, never thrown to callers
internal sealed class FallbackException : Exception
#pragma warning restore CA1032, CA1064
{
    private FallbackException()
        : base("The fast FHIR reader does not accept the input; the Firely reader decides.")
    {
    }

    /// <summary>The one instance (it carries no data).</summary>
    public static FallbackException Instance { get; } = new();
}
