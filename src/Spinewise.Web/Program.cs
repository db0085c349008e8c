using Spinewise.Web.Features;
using Spinewise.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSpinewiseWeb();

var app = builder.Build();
if (!await app.PrepareAsync())
{
    return StartupChecks.ExitCode;
}

app.UseSpinewiseWeb();
app.MapSpinewiseEndpoints();
await app.RunAsync();
return Environment.ExitCode;

/// <summary>The web host's entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
