using System.Globalization;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Components.Shared;

/// <summary>The staff's full names for every page that shows a person a row names by id or login (issue 16 §5: people's
/// names, never logins). Read once per circuit and kept for a minute, so a list of a hundred rows costs one query, and a renamed user
/// shows under the new name soon after.</summary>
public sealed class StaffNameCache(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(1);
    private readonly Lock gate = new();
    private Task<StaffNameBook>? book;
    private DateTimeOffset readAt;

    public Task<StaffNameBook> BookAsync()
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            if (book is null || book.IsFaulted || book.IsCanceled || now - readAt > KeptFor)
                (book, readAt) = (ReadAsync(), now);
            return book;
        }
    }

    /// <summary>The person's full name in the reader's language; what the row recorded when nobody has that id or login.</summary>
    public async Task<string> NameAsync(string? id, string? login) => Name(await BookAsync(), id, login);

    public static string Name(StaffNameBook book, string? id, string? login) => book.Of(id, login).In(CultureInfo.CurrentUICulture.Name);

    private async Task<StaffNameBook> ReadAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await StaffNameBook.ReadAsync(db);
    }
}
