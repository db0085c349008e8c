namespace Spinewise.Web.CdsSecurity;

/// <summary>The outcome of verifying one token: the caller, or why it was refused (with a message safe to log).</summary>
internal readonly record struct CdsTokenVerification(CdsCaller? Caller, CdsTokenFailure Failure, string Reason)
{
    public bool Succeeded => Caller is not null;

    public static CdsTokenVerification Accepted(CdsCaller caller) => new(caller, default, "");

    public static CdsTokenVerification Refused(CdsTokenFailure failure, string reason) => new(null, failure, reason);
}
