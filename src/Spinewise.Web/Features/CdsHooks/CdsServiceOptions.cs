namespace Spinewise.Web.Features.CdsHooks;

/// <summary>The CDS service's own settings, section <c>Spinewise:CdsHooks</c> (the JWT settings live beside them).</summary>
internal sealed class CdsServiceOptions
{
    public const string Section = "Spinewise:CdsHooks";

    /// <summary>Origins of browser-based EHRs allowed by CORS (e.g. <c>https://sandbox.cds-hooks.org</c>); <c>*</c> allows any.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>How long the reads from an EHR's <c>fhirServer</c> may take altogether (default 5 s; the spec asks for answers in about 500 ms).</summary>
    public TimeSpan FhirServerTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The most search result pages followed per prefetch key (<c>Bundle.link</c> next); default 10.</summary>
    public int MaxPages { get; set; } = 10;

    /// <summary>How far back feedback looks for the evaluation whose answer held the card (default 30 days).</summary>
    public TimeSpan FeedbackWindow { get; set; } = TimeSpan.FromDays(30);
}
