namespace Spinewise.Knowledge.Internal;

/// <summary>A position in a knowledge file together with the field path that is there.</summary>
internal readonly record struct Location(string File, int Line, int Column, string Field)
{
    public Location Child(string field) => this with { Field = Field.Length == 0 ? field : $"{Field}.{field}" };
}
