namespace Spinewise.Domain.Cases;

/// <summary>
/// The catalogue of what a case can record: its measurements (<c>findings</c>) with unit and range, and its yes/no
/// facts (<c>flags</c>). This is the case format's contract (<c>docs/case.md</c>); criteria refer to these keys.
/// </summary>
public static class CaseFacts
{
    /// <summary>Key of the age fact criteria compare against.</summary>
    public const string Age = "age";

    /// <summary>Key of the pain-duration fact criteria compare against.</summary>
    public const string PainDurationMonths = "painDurationMonths";

    /// <summary>Prefix of a findings key in a criterion's <c>fact</c> (e.g. <c>findings.odi</c>).</summary>
    public const string FindingsPrefix = "findings.";

    /// <summary>Allowed age range in years.</summary>
    public static (int Minimum, int Maximum) AgeRange { get; } = (0, 120);

    /// <summary>Allowed pain duration range in months.</summary>
    public static (double Minimum, double Maximum) DurationRange { get; } = (0, 1200);

    /// <summary>Allowed range of a history entry's <c>months</c> (how long it was given).</summary>
    public static (double Minimum, double Maximum) HistoryMonthsRange { get; } = (0, 1200);

    /// <summary>Allowed range of a history entry's <c>reliefPercent</c>.</summary>
    public static (double Minimum, double Maximum) ReliefPercentRange { get; } = (0, 100);

    /// <summary>Every findings key, in documented order.</summary>
    public static IReadOnlyList<FindingDefinition> Findings { get; } =
    [
        new("nprs", "pain intensity, numeric pain rating scale", "points", 0, 10, "What is the pain intensity on the numeric pain rating scale (0–10)?"),
        new("vasCm", "pain intensity, visual analogue scale", "cm", 0, 10, "What is the pain intensity on a visual analogue scale (0–10 cm)?"),
        new("odi", "Oswestry Disability Index", "%", 0, 100, "What is the Oswestry Disability Index (0–100%)?"),
        new("ligamentumFlavumMm", "ligamentum flavum thickness on MRI or CT", "mm", 0, 20, "How thick is the ligamentum flavum on MRI or CT (mm)?"),
        new("walkingToleranceMinutes", "walking tolerance", "minutes", 0, 600, "How long can the patient walk (minutes)?"),
        new("mme", "daily opioid dose", "morphine milligram equivalents per day", 0, 5000, "What is the daily opioid dose (morphine milligram equivalents)?"),
        new("bmi", "body-mass index", "kg/m²", 10, 100, "What is the body-mass index (kg/m²)?"),
        new("spondylolisthesisGrade", "spondylolisthesis, Meyerding grade (0 = none)", "grade", 0, 5, "Is there a spondylolisthesis, and of what Meyerding grade (0 if none)?", WholeNumber: true),
        new("stenoticLevels", "number of stenotic lumbar levels", "levels", 0, 5, "At how many lumbar levels is there stenosis?", WholeNumber: true),
        new("zcqPhysicalFunction", "Zurich Claudication Questionnaire, physical function", "points", 1, 4, "What is the Zurich Claudication Questionnaire physical function score (1–4)?"),
        new("tScore", "bone mineral density T-score", "SD", -7, 4, "What is the bone mineral density T-score?"),
        new("vertebralHeightLossPercent", "vertebral body height loss of the fractured vertebra", "%", 0, 100, "How much height has the fractured vertebral body lost (%)?"),
        new("fractureAgeWeeks", "time since the vertebral fracture (or its pain) began", "weeks", 0, 520, "How many weeks ago did the vertebral fracture (or its pain) begin?"),
        new("bdi", "Beck Depression Inventory", "points", 0, 63, "What is the Beck Depression Inventory score (0–63)?"),
        new("waddellSigns", "Waddell's non-organic signs present", "signs", 0, 5, "How many of Waddell's non-organic signs are present (0–5)?", WholeNumber: true),
    ];

    /// <summary>Every flag key, in documented order.</summary>
    public static IReadOnlyList<FlagDefinition> Flags { get; } =
    [
        new("activeInfection", "active systemic or local infection", "Is there an active systemic or local infection?"),
        new("coagulopathy", "uncorrected coagulopathy or bleeding diathesis", "Is there an uncorrected coagulopathy or bleeding diathesis (including anticoagulation that cannot be paused)?"),
        new("pregnancy", "pregnant", "Is the patient pregnant?"),
        new("immunocompromised", "immunocompromised", "Is the patient immunocompromised?"),
        new("severePsychologicalCondition", "severe or uncontrolled psychological condition", "Is there a severe or uncontrolled psychological condition (untreated addiction, psychosis, major uncontrolled depression or anxiety, suicidality, severe cognitive deficit)?"),
        new("opioidContraindicated", "oral opioid therapy contraindicated", "Is oral opioid therapy contraindicated?"),
        new("pacemakerOrIcd", "implanted pacemaker or cardioverter-defibrillator", "Does the patient have a pacemaker or an implanted defibrillator?"),
        new("spinalInstability", "segmental instability on flexion–extension imaging", "Does flexion–extension imaging show segmental instability?"),
        new("modicChanges", "Modic type 1 or 2 endplate change at L3–S1 on MRI", "Does MRI show a Modic type 1 or 2 endplate change at L3–S1?"),
        new("boneOedemaOnMri", "bone marrow oedema of the fractured vertebra on MRI", "Does MRI (STIR) show bone marrow oedema of the fractured vertebra?"),
        new("painRelievedByFlexion", "leg, buttock or groin pain relieved by flexion", "Is the leg, buttock or groin pain relieved by flexion (sitting, bending forward)?"),
        new("positiveProneInstabilityTest", "positive prone instability test", "Is the prone instability test positive?"),
        new("mriContraindicated", "MRI contraindicated", "Is MRI contraindicated?"),
        new("surgicalCandidate", "an indication for, and a candidate for, spine surgery", "Is there an indication for spine surgery, and is the patient a candidate for it?"),
        new("imagingConcordant", "imaging concordant with the symptoms and level", "Are the imaging findings concordant with the symptoms and the level to be treated?"),
        new("successfulScsTrial", "a successful trial of spinal cord stimulation", "Has a trial of spinal cord stimulation been done, and was it successful?"),
        new("multidisciplinaryAssessment", "assessed by a multidisciplinary pain or spine team", "Has a multidisciplinary pain or spine team assessed the patient?"),
        new("compensationOrLitigation", "compensation claim or litigation pending", "Is a compensation claim or litigation pending?"),
        new("unableToKeepRefillSchedule", "unable to comply with a pump refill schedule", "Would the patient be unable to keep a pump refill schedule?"),
        new("lacksCoverage", "current or anticipated lack of coverage or means to pay for ongoing pump management", "Is there a current or anticipated lack of insurance coverage or means to pay for ongoing pump management?"),
        new("comorbiditiesOptimised", "pre-existing comorbidities optimised", "Have all pre-existing comorbidities been optimised?"),
    ];

    /// <summary>The findings definition with the key, or <see langword="null"/>.</summary>
    /// <param name="key">Findings key, e.g. <c>odi</c>.</param>
    public static FindingDefinition? FindFinding(string key) => Findings.FirstOrDefault(f => f.Key == key);

    /// <summary>The flag definition with the key, or <see langword="null"/>.</summary>
    /// <param name="key">Flag key, e.g. <c>pregnancy</c>.</param>
    public static FlagDefinition? FindFlag(string key) => Flags.FirstOrDefault(f => f.Key == key);

    /// <summary>Every key a criterion's <c>fact</c> may name: age, pain duration and <c>findings.*</c>.</summary>
    public static IEnumerable<string> NumericFactKeys() => new[] { Age, PainDurationMonths }.Concat(Findings.Select(f => FindingsPrefix + f.Key));
}
