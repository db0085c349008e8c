namespace Spinewise.Persistence.Tests;

public sealed class OptionsTests
{
    [Theory]
    [InlineData("sqlite", DatabaseProvider.Sqlite)]
    [InlineData("SQLite", DatabaseProvider.Sqlite)]
    [InlineData("postgres", DatabaseProvider.Postgres)]
    [InlineData(" PostgreSQL ", DatabaseProvider.Postgres)]
    public void TryParseProvider_KnownName_GivesTheProvider(string text, DatabaseProvider expected)
    {
        EvaluationStoreOptions.TryParseProvider(text, out var provider).ShouldBeTrue();
        provider.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("mysql")]
    public void TryParseProvider_UnknownName_IsFalse(string? text) =>
        EvaluationStoreOptions.TryParseProvider(text, out _).ShouldBeFalse();

    [Fact]
    public void Create_PostgresWithoutConnectionString_ThrowsNamingIt()
    {
        var ex = Should.Throw<ArgumentException>(() =>
            EvaluationStoreFactory.Create(new EvaluationStoreOptions { Provider = DatabaseProvider.Postgres }, TimeProvider.System));

        ex.Message.ShouldContain("ConnectionString");
    }

    [Fact]
    public void Validate_SqliteWithoutDataDirectory_NamesIt() =>
        new EvaluationStoreOptions().Validate().ShouldHaveSingleItem().ShouldContain("DataDirectory");
}
