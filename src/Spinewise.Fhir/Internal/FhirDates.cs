using System.Globalization;

namespace Spinewise.Fhir.Internal;

/// <summary>FHIR date and dateTime strings read as the mapping needs them: a full date, or a point in time for ordering.</summary>
internal static class FhirDates
{
    /// <summary>Days in an average month (365.25 / 12), to turn a span of days into months.</summary>
    public const double DaysPerMonth = 30.4375;

    /// <summary>The calendar date of a FHIR date or dateTime, or <see langword="null"/> when it is partial (year, year-month) or absent.</summary>
    public static DateOnly? Date(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>A FHIR date or dateTime as a point in time for ordering (a date alone is its start, UTC), or <see langword="null"/>.</summary>
    public static DateTimeOffset? Instant(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > 10 && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant;
        }

        return Date(value) is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
    }

    /// <summary>Months from one date to another, to one decimal place.</summary>
    public static double MonthsBetween(DateOnly from, DateOnly to) => Math.Round((to.DayNumber - from.DayNumber) / DaysPerMonth, 1);

    /// <summary>Whole years of age at a date.</summary>
    public static int AgeAt(DateOnly birth, DateOnly at)
    {
        var age = at.Year - birth.Year;
        return at < birth.AddYears(age) ? age - 1 : age;
    }
}
