using System.Security.Claims;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Persistence.Audit;
using GosZakup.Console.Web.Features.Calendar;
using GosZakup.Console.Web.Features.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GosZakup.Console.IntegrationTests.Intake;

/// <summary>The intake and registration services on their own SQLite file, the seeded calendar and a clock
/// pinned to Friday 20 November 2026, 12:10 Astana time.</summary>
public sealed class IntakeServices : IAsyncDisposable
{
    private readonly TempDatabase database;
    private readonly bool ownsDatabase;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 20, 7, 10, 0, TimeSpan.Zero));

    public ServiceProvider Services { get; }

    public static ClaimsPrincipal Operator(string id = "op-1", string name = "operator@demo.kz") =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, StaffRole.Operator)],
            "test"));

    private IntakeServices(Action<IServiceCollection>? more, TempDatabase database, bool ownsDatabase)
    {
        (this.database, this.ownsDatabase) = (database, ownsDatabase);
        var services = new ServiceCollection().AddLogging().AddLocalization()
            .AddSingleton<TimeProvider>(Clock)
            .AddScoped<ICurrentActor, SystemActor>()
            .AddConsoleDatabase(database.Settings)
            .AddCalendar()
            .AddSingleton(ObligationSettings.Default)
            .AddSingleton<MailOutbox>()
            .AddInbox(database.Folder);
        more?.Invoke(services);
        Services = services.BuildServiceProvider();
    }

    /// <param name="more">Further services, e.g. a job under test with its settings.</param>
    public static async Task<IntakeServices> StartAsync(Action<IServiceCollection>? more = null)
    {
        var started = new IntakeServices(more, await TempDatabase.MigratedAsync(), ownsDatabase: true);
        await using var scope = started.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CalendarSeeder>().SeedAsync(Path.Combine(AppContext.BaseDirectory, "assets", "calendars"));
        return started;
    }

    /// <summary>A second application on the same database file (its own provider, contexts and singletons), as another
    /// instance behind the load balancer or a host started after this one stopped. Disposing it leaves the file.</summary>
    public IntakeServices Attach(Action<IServiceCollection>? more = null) => new(more, database, ownsDatabase: false);

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Receives and registers an appeal as an operator would; returns its incident number.</summary>
    public async Task<string> RegisterAsync(AppealForm form, string employee = "operator@demo.kz")
    {
        var ct = TestContext.Current.CancellationToken;
        var received = await Get<AppealIntake>().ReceiveAsync(form, ct);
        Assert.True(received.Succeeded, string.Join("; ", received.FieldErrors.Select(e => $"{e.Key}: {e.Value.Key}")));
        var registered = await Get<AppealRegistration>().RegisterAsync(received.Value!.AppealId, form, Operator("op-" + employee, employee), ct);
        Assert.True(registered.Succeeded, $"{registered.Refusal}");
        return registered.Value!.IncidentNumber!;
    }

    public AppDbContext NewDb() => Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (ownsDatabase) database.Dispose();
    }
}
