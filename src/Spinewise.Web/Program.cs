var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health/live", () => TypedResults.Ok());
app.Run();

/// <summary>The web host's entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
