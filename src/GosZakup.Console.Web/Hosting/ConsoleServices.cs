using System.Text.Encodings.Web;
using System.Text.Unicode;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Persistence.Audit;
using GosZakup.Console.Web.Localization;
using GosZakup.Console.Web.Security;
using GosZakup.Console.Web.Security.Sessions;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using MudBlazor.Services;

namespace GosZakup.Console.Web.Hosting;

public static class ConsoleServices
{
    public static WebApplicationBuilder AddConsoleServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        var dataFolder = DataFolder.Resolve(config, builder.Environment);
        var database = DatabaseSettingsFrom(config, dataFolder) with { BusyTimeoutSeconds = DatabaseBusy.TimeoutFrom(config) };

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ClockTicker>();
        PublicSite.AddPublicSite(services, config);
        services.AddHttpContextAccessor();
        services.AddScoped<CircuitUser>();
        services.AddScoped<CircuitHandler, CircuitUserTracker>();
        services.AddScoped<ICurrentActor, CurrentActor>();
        services.AddScoped<Components.Shared.StaffNameCache>();
        services.AddConsoleDatabase(database);
        builder.AddHostDefences();

        AddIdentity(services);
        services.AddSessionSecurity(config);
        AddLocalization(services, config);
        services.AddConsoleJobs(database, config, dataFolder);
        Features.LongJobs.LongJobsRegistration.AddLongJobs(services, config, builder.Environment);
        services.AddConsoleMail(config);
        services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("database")
            .AddCheck<HangfireHealthCheck>("hangfire");

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices(mud =>
            // Toasts at the bottom left: at 1366×768 the top right covered the bell, the menus and the pages' primary
            // buttons, and the top centre the first fields of a full-height dialog; dialogs keep their actions at the
            // bottom right (BellTests measures it).
            mud.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomLeft);
        services.AddTransient<MudBlazor.MudLocalizer, ConsoleMudLocalizer>();
        services.AddProblemDetails();
        services.AddOpenApi();

        services.AddSingleton(ObligationSettingsFrom(config));
        Features.Calendar.CalendarRegistration.AddCalendar(services);
        services.AddConsoleRateLimits();

        Features.Inbox.InboxRegistration.AddInbox(services, dataFolder);
        Features.Approvals.ApprovalsRegistration.AddApprovals(services);
        Features.Home.HomeRegistration.AddHome(services);
        Features.SavedViews.SavedViewsRegistration.AddSavedViews(services);
        Features.Journal.JournalRegistration.AddJournal(services);
        Features.Mailbox.MailboxRegistration.AddMailbox(services);
        Features.Incidents.IncidentsRegistration.AddIncidents(services);
        Features.Procurements.ProcurementsRegistration.AddProcurements(services);
        Features.Announcements.AnnouncementsRegistration.AddAnnouncements(services);
        Features.Reminders.RemindersRegistration.AddReminders(services);
        Features.MyWork.MyWorkRegistration.AddMyWork(services);
        Features.WorkingGroup.WorkingGroupRegistration.AddWorkingGroup(services);
        Features.MailTemplates.MailTemplatesRegistration.AddMailTemplates(services);
        Features.Extensions.ExtensionsRegistration.AddExtensions(services, config);
        services.AddSingleOperator(config);
        Features.Acts.ActsRegistration.AddActs(services, config, dataFolder);
        Features.SecurityReturns.SecurityReturnsRegistration.AddSecurityReturns(services);
        Features.QuarterlyReport.QuarterlyReportRegistration.AddQuarterlyReport(services);
        Features.PlannedWorks.PlannedWorksRegistration.AddPlannedWorks(services);
        Features.Dashboard.DashboardRegistration.AddDashboard(services);
        Features.DailyAnalysis.DailyAnalysisRegistration.AddDailyAnalysis(services, config);
        Features.Penalties.PenaltiesRegistration.AddPenalties(services, config);
        Features.Complaints.ComplaintsRegistration.AddComplaints(services);
        Features.OwnerReports.OwnerReportsRegistration.AddOwnerReports(services);
        Features.Backups.BackupsRegistration.AddBackups(services, config, dataFolder, database);

        Features.Admin.AdminRegistration.AddAdmin(services);
        Features.Audit.AuditRegistration.AddAudit(services);
        Features.Account.AccountRegistration.AddAccount(services, builder.Configuration);
        return builder;
    }

    /// <summary>Readings the operator may change: <c>Obligations:EmailWaitsOutLunch</c> and
    /// <c>Obligations:ReliefChannels</c> (R2 §7: the channels that get the lunch wait and the next working day; e-mail),
    /// <c>Obligations:Calendars:{code}</c> (<c>contact-centre</c> or <c>state</c>: the calendar a duty counts on,
    /// where it differs from the catalogue's) and <c>Obligations:ImmediateGraceMinutes</c> (the minutes an
    /// "immediately" duty is given, R2 §15.1).</summary>
    private static ObligationSettings ObligationSettingsFrom(IConfiguration config)
    {
        var defaults = ObligationSettings.Default;
        var relief = config.GetSection("Obligations:ReliefChannels").Get<AppealChannel[]>();
        return new ObligationSettings(
            config.GetValue("Obligations:EmailWaitsOutLunch", defaults.EmailWaitsOutLunch),
            relief is { Length: > 0 } ? relief.ToHashSet() : defaults.ReliefChannels,
            ObligationCalendarsFrom(config.GetSection("Obligations:Calendars")),
            ImmediateGraceFrom(config));
    }

    internal static int ImmediateGraceFrom(IConfiguration config)
    {
        var text = config["Obligations:ImmediateGraceMinutes"];
        if (string.IsNullOrWhiteSpace(text)) return ObligationSettings.DefaultImmediateGraceMinutes;
        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minutes)
            || minutes > ObligationSettings.MaxImmediateGraceMinutes)
            throw new InvalidOperationException(
                $"Obligations:ImmediateGraceMinutes is '{text}'; use a whole number of minutes from 0 to {ObligationSettings.MaxImmediateGraceMinutes} " +
                $"(default {ObligationSettings.DefaultImmediateGraceMinutes}).");
        return minutes;
    }

    private static Dictionary<string, CalendarName> ObligationCalendarsFrom(IConfigurationSection section)
    {
        var chosen = new Dictionary<string, CalendarName>(StringComparer.Ordinal);
        foreach (var entry in section.GetChildren())
        {
            if (ObligationCatalogue.All.All(d => d.Code != entry.Key))
                throw new InvalidOperationException($"Obligations:Calendars:{entry.Key} names no obligation of the catalogue.");
            if (!CalendarNames.TryParse(entry.Value, out var name))
                throw new InvalidOperationException($"Obligations:Calendars:{entry.Key} is '{entry.Value}'; use contact-centre or state.");
            chosen[entry.Key] = name;
        }
        return chosen;
    }

    internal static DatabaseSettings DatabaseSettingsFrom(IConfiguration config, string dataFolder)
    {
        var provider = ProviderFrom(config["Database:Provider"]);
        var connectionString = config["Database:ConnectionString"];
        if (provider == DatabaseProvider.Sqlite)
            return string.IsNullOrWhiteSpace(connectionString) ? DatabaseSettings.SqliteIn(dataFolder) : new(provider, connectionString);
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException($"Database:Provider is {provider} but Database:ConnectionString is empty.");
        return new DatabaseSettings(provider, connectionString);
    }

    private static DatabaseProvider ProviderFrom(string? setting) =>
        string.IsNullOrWhiteSpace(setting) ? DatabaseProvider.Sqlite
        : Enum.TryParse<DatabaseProvider>(setting.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider) ? provider
        : throw new InvalidOperationException($"Database:Provider is '{setting}'; use {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddIdentity<ApplicationUser, IdentityRole>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = 10;
                identity.Password.RequireDigit = true;
                identity.Password.RequireLowercase = true;
                identity.Password.RequireUppercase = true;
                identity.Password.RequireNonAlphanumeric = true;
                // Wrong passwords slow the caller (Features/Account/SignInThrottle) and never lock the account, which an
                // attacker could do to the administrators; an administrator's own lock (LockoutEnd) still applies.
                identity.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<ConsoleSignInManager>()
            .AddClaimsPrincipalFactory<ConsoleClaimsFactory>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddDefaultTokenProviders();
        services.AddScoped<IdentitySeeder>();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = ".GosZakup.Console.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.LoginPath = "/account/login";
            cookie.AccessDeniedPath = "/status/403";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(10);
            cookie.SlidingExpiration = true;
            cookie.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            // A real 403 (rendered by the status page), not a redirect: callers and tests see the refusal.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAuthorization(options => options.AddConsolePolicies());
    }

    private static Task ApiAwareRedirect(
        Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
            context.Response.StatusCode = apiStatus;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static void AddLocalization(IServiceCollection services, IConfiguration config)
    {
        services.AddLocalization();
        // Cyrillic and Kazakh letters go out as themselves, not as &#x...; entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        var defaultCulture = config["Localization:DefaultCulture"];
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var codes = Cultures.Supported.Select(c => c.Code).ToArray();
            options.SetDefaultCulture(Cultures.IsSupported(defaultCulture) ? defaultCulture! : Cultures.Russian)
                .AddSupportedCultures(codes)
                .AddSupportedUICultures(codes);
            options.ApplyCurrentCultureToResponseHeaders = true;
        });
    }
}
