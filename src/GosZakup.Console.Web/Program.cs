using GosZakup.Console.Web.Features.Backups;
using GosZakup.Console.Web.Hosting;

// An operator's command, not the web host: `restore --from <backup> --data <new data folder>` (README, "Backups and restore").
if (RestoreCommand.IsRequested(args))
    return await RestoreCommand.RunAsync(args, Console.Out);

var builder = WebApplication.CreateBuilder(HostEnvironmentChoice.Options(args));
builder.AddConsoleServices();

var app = builder.Build();
app.UseConsolePipeline();
try
{
    await app.PrepareAsync();
}
catch (GosZakup.Console.Infrastructure.Persistence.UnknownSchemaHistoryException refused)
{
    // Said plainly to whoever starts the console, without a stack trace; nothing has been changed in the database.
    Console.Error.WriteLine(refused.Message);
    return 2;
}
app.Run();
return 0;

/// <summary>Entry point; public so integration tests can boot the real host.</summary>
public partial class Program;
