namespace Spinewise.Web.Pages.Evaluate;

/// <summary>One history row of the case form, as typed; a row without an intervention is left out.</summary>
internal sealed class HistoryRow
{
    public string? Intervention { get; set; }

    /// <summary><c>intervention-id/variant-id</c> as the variant list offers it, or blank.</summary>
    public string? Variant { get; set; }

    public string? Date { get; set; }

    public string? Months { get; set; }

    public string? Outcome { get; set; }

    public string? ReliefPercent { get; set; }

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Intervention) && string.IsNullOrWhiteSpace(Variant) && string.IsNullOrWhiteSpace(Date)
        && string.IsNullOrWhiteSpace(Months) && string.IsNullOrWhiteSpace(Outcome) && string.IsNullOrWhiteSpace(ReliefPercent);
}
