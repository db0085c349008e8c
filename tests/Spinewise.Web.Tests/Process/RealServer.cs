namespace Spinewise.Web.Tests.Process;

/// <summary>Tests that start real server processes run one after another, not beside each other (two cores).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealServer
{
    public const string Name = "real server process";
}
