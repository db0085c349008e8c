namespace Spinewise.Evidence.Common;

/// <summary>
/// The data cannot be analysed as asked — where metafor stops with an error (k = 0, a model matrix not of full rank,
/// too many parameters for k, a sampling variance of 0 where the method needs positive ones, …). An outcome of the
/// input, not a bug: hosts report it as bad input. Contract violations by the caller stay
/// <see cref="ArgumentException"/>s.
/// </summary>
public sealed class MetaAnalysisException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MetaAnalysisException() : base("The data cannot be analysed as asked.") { }

    /// <summary>Creates the exception with the reason.</summary>
    /// <param name="message">What stops the analysis, in metafor's words where metafor has them.</param>
    public MetaAnalysisException(string message) : base(message) { }

    /// <summary>Creates the exception with the reason and the cause.</summary>
    /// <param name="message">What stops the analysis.</param>
    /// <param name="innerException">The cause.</param>
    public MetaAnalysisException(string message, Exception innerException) : base(message, innerException) { }
}
