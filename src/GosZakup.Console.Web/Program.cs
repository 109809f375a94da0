using GosZakup.Console.Web.Hosting;

var builder = WebApplication.CreateBuilder(HostEnvironmentChoice.Options(args));
builder.AddConsoleServices();

var app = builder.Build();
app.UseConsolePipeline();
await app.PrepareAsync();
app.Run();

/// <summary>Entry point; public so integration tests can boot the real host.</summary>
public partial class Program;
