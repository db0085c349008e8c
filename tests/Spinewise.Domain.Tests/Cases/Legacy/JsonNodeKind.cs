using Spinewise.Domain.Cases;
using Spinewise.Domain.Cases.Internal;
namespace Spinewise.Domain.Tests.Cases.Legacy;

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
