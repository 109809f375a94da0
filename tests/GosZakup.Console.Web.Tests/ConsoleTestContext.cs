using System.Globalization;
using Bunit;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Persistence.Audit;
using GosZakup.Console.Tests.Shared;
using GosZakup.Console.Web.Components.Shared;
using GosZakup.Console.Web.Features.Admin;
using GosZakup.Console.Web.Hosting;
using GosZakup.Console.Web.Localization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;

namespace GosZakup.Console.Web.Tests;

/// <summary>A bunit context with the console's real services: MudBlazor, localization, the ticker on a
/// pinned clock, and a real SQLite file for anything that saves.</summary>
public abstract class ConsoleTestContext : BunitContext
{
    private readonly string dataFolder = Directory.CreateTempSubdirectory("goszakup-bunit-").FullName;
    private readonly CultureInfo originalUiCulture = CultureInfo.CurrentUICulture;

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 20, 7, 10, 0, TimeSpan.Zero));

    protected ConsoleTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddTransient<MudLocalizer, ConsoleMudLocalizer>();
        Services.AddLocalization();
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton<ClockTicker>();
        Services.AddScoped<ICurrentActor, SystemActor>();
        Services.AddConsoleDatabase(DatabaseSettings.SqliteIn(dataFolder));
        Services.AddAdmin();
        Services.AddSingleton(GosZakup.Console.Domain.Obligations.ObligationSettings.Default); // read beside every duty's clause
        Services.AddScoped<StaffNameCache>();
        UseCulture("en-US");
    }

    protected static void UseCulture(string name) => CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(name);

    /// <summary>This test's own copy of the migrated template database (<see cref="TemplateDatabase"/>). Called again, or
    /// after something already opened the file, it migrates what is there (nothing is pending on a copy).</summary>
    protected async Task<AppDbContext> MigratedDatabaseAsync()
    {
        var copied = !File.Exists(Path.Combine(dataFolder, TemplateDatabase.FileName));
        if (copied) await TemplateDatabase.CopyToAsync(dataFolder);
        var db = await Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        if (!copied) await db.Database.MigrateAsync();
        return db;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = originalUiCulture;
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataFolder, recursive: true); } catch (IOException) { }
    }
}
