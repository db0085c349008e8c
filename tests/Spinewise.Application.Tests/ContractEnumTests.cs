using System.Reflection;
using Spinewise.Application.Json;
using Spinewise.Domain.Text;
using Spinewise.Testing;

namespace Spinewise.Application.Tests;

/// <summary>
/// The contracts still carry some domain enums; their JSON spellings are part of the API. This pins every enum
/// value any contract can write, so renaming or adding a domain member fails here instead of changing the API silently.
/// </summary>
public sealed class ContractEnumTests
{
    private static readonly string Verified = Path.Combine(RepositoryPaths.Repository, "tests", "Spinewise.Application.Tests", "Snapshots", "contract-enums.verified.txt");

    [Fact]
    public void ContractEnums_AsWrittenInJson_AreTheReviewedOnes()
    {
        var enums = new SortedDictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in typeof(ContractJson).Assembly.GetExportedTypes().Where(t => t.Namespace?.Contains(".Contracts", StringComparison.Ordinal) == true))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                Collect(property.PropertyType, enums);
            }
        }

        var text = string.Join('\n', enums.Values.Select(e => $"{e.FullName}: {string.Join(", ", Enum.GetNames(e).Select(KebabCase.Of))}")) + "\n";
        enums.ShouldNotBeEmpty();
        ReviewedSnapshot.Match(Verified, text);
    }

    private static void Collect(Type type, SortedDictionary<string, Type> enums)
    {
        var inner = Nullable.GetUnderlyingType(type) ?? type;
        if (inner.IsEnum)
        {
            enums[inner.FullName!] = inner;
            return;
        }

        if (inner.IsGenericType)
        {
            foreach (var argument in inner.GetGenericArguments())
            {
                Collect(argument, enums);
            }
        }
    }
}
