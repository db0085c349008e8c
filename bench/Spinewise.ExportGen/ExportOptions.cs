namespace Spinewise.ExportGen;

/// <summary>What to generate.</summary>
/// <param name="Patients">The number of patients.</param>
/// <param name="Seed">The seed: the same seed and options give the same bytes.</param>
/// <param name="Parts">The number of numbered file parts per resource type (1: <c>Condition.ndjson</c>; more: <c>Condition.000.ndjson</c> …).</param>
/// <param name="Gzip">Write <c>.ndjson.gz</c> files.</param>
/// <param name="BadShare">The probability per patient and resource type of an extra bad line (bad JSON, invalid resource, missing patient).</param>
/// <param name="UnmappedShare">The probability that a coded resource carries a code the code map leaves out on purpose.</param>
public sealed record ExportOptions(int Patients, int Seed, int Parts = 1, bool Gzip = false, double BadShare = 0.02, double UnmappedShare = 0.05);
