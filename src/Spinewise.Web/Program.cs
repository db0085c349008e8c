using Spinewise.Web.Features;
using Spinewise.Web.Hosting;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // The static files are served from beside the assembly (copied at build), whatever the working folder.
    WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
});
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
