namespace Spinewise.Web.Hosting;

/// <summary>
/// The host's configuration, section <c>Spinewise</c> (environment variables <c>Spinewise__DataDirectory</c>, …).
/// </summary>
internal sealed class SpinewiseWebOptions
{
    public const string Section = "Spinewise";

    /// <summary>The data folder (the SQLite database lives here); default <c>./data</c>.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The knowledge folder; default the one shipped beside the assembly.</summary>
    public string? Knowledge { get; set; }

    public DatabaseOptions Database { get; set; } = new();

    public AuthOptions Auth { get; set; } = new();

    public LimitOptions Limits { get; set; } = new();

    /// <summary>Screening jobs (<c>Spinewise:Screening</c>); off without roots.</summary>
    public Features.Screenings.ScreeningJobOptions Screening { get; set; } = new();

    /// <summary>Reads the section from configuration (defaults for whatever is absent).</summary>
    public static SpinewiseWebOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<SpinewiseWebOptions>() ?? new SpinewiseWebOptions();

    internal sealed class DatabaseOptions
    {
        /// <summary><c>sqlite</c> (default, a file in the data folder) or <c>postgres</c>.</summary>
        public string Provider { get; set; } = "sqlite";

        /// <summary>The PostgreSQL connection string (ignored for SQLite).</summary>
        public string? ConnectionString { get; set; }
    }

    internal sealed class AuthOptions
    {
        /// <summary>The OIDC authority whose tokens protect stored evaluations; without it the host stays on loopback.</summary>
        public string? Authority { get; set; }

        /// <summary>The audience a token must carry.</summary>
        public string? Audience { get; set; }

        public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
    }

    internal sealed class LimitOptions
    {
        /// <summary>The largest request body accepted, in bytes (413 above it); default 1 MiB.</summary>
        public long MaxBodyBytes { get; set; } = 1024 * 1024;
    }
}
