using Bunit;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.Web.Tests;

/// <summary>A save in an interactive page while another connection holds the database's write lock.</summary>
public class PageErrorBoundaryTests : ConsoleTestContext
{
    [Fact]
    public async Task A_save_into_a_locked_database_says_busy_try_again_in_the_page_and_the_page_comes_back()
    {
        (await MigratedDatabaseAsync()).Dispose();
        var cut = Render<PageErrorBoundary>(p => p.AddChildContent<SavesAUser>());

        await using (var holder = await HoldWriteLockAsync())
        {
            await cut.Find("[data-testid=save]").ClickAsync(new MouseEventArgs());
            cut.WaitForAssertion(() => Assert.Contains("the database is busy with other changes", cut.Find("[data-testid=page-error]").TextContent),
                TimeSpan.FromSeconds(20));
        }
        Assert.DoesNotContain("Exception", cut.Markup);

        cut.Find("[data-testid=page-error-retry]").Click();

        Assert.NotNull(cut.Find("[data-testid=save]"));
    }

    [Fact]
    public void Any_other_error_in_a_handler_gives_the_general_error_text_not_the_exception()
    {
        var cut = Render<PageErrorBoundary>(p => p.AddChildContent<Fails>());

        cut.Find("[data-testid=save]").Click();

        var error = cut.Find("[data-testid=page-error]").TextContent;
        Assert.Contains("The error was logged", error);
        Assert.DoesNotContain("secret detail", error);
    }

    private async Task<SqliteConnection> HoldWriteLockAsync()
    {
        var file = new SqliteConnectionStringBuilder(Services.GetRequiredService<DatabaseSettings>().ConnectionString).DataSource;
        var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        await begin.ExecuteNonQueryAsync();
        return connection;
    }

    private sealed class SavesAUser : ComponentBase
    {
        [Inject] private IDbContextFactory<AppDbContext> Db { get; set; } = default!;

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "button");
            builder.AddAttribute(1, "data-testid", "save");
            builder.AddAttribute(2, "onclick", EventCallback.Factory.Create<MouseEventArgs>(this, SaveAsync));
            builder.CloseElement();
        }

        private async Task SaveAsync()
        {
            await using var db = await Db.CreateDbContextAsync();
            var email = $"{Guid.NewGuid():N}@test.kz";
            db.Users.Add(new ApplicationUser { UserName = email, Email = email });
            await db.SaveChangesAsync();
        }
    }

    private sealed class Fails : ComponentBase
    {
        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "button");
            builder.AddAttribute(1, "data-testid", "save");
            builder.AddAttribute(2, "onclick", EventCallback.Factory.Create<MouseEventArgs>(this, () => throw new InvalidOperationException("secret detail")));
            builder.CloseElement();
        }
    }
}
