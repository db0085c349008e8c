namespace Spinewise.Domain.Cases.Internal;

/// <summary>The JSON value kinds.</summary>
internal enum JsonNodeKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}
