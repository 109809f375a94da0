using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Persistence.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace GosZakup.Console.IntegrationTests;

public class AuditChainTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 7, 10, 0, TimeSpan.Zero);

    private static async Task<TempDatabase> DatabaseWithThreeChangesAsync()
    {
        var temp = await TempDatabase.MigratedAsync();
        await using var db = temp.NewContext(new FakeTimeProvider(Now));
        var user = new ApplicationUser { UserName = "a@test.kz", Email = "a@test.kz", FullName = "Әлия", PasswordHash = "secret-hash" };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        user.FullName = "Әлия Серікқызы";
        await db.SaveChangesAsync();
        db.Users.Remove(user);
        await db.SaveChangesAsync();
        return temp;
    }

    [Fact]
    public async Task Every_change_is_logged_with_who_when_and_before_after()
    {
        using var temp = await DatabaseWithThreeChangesAsync();
        await using var db = temp.NewContext();

        var rows = await db.AuditEntries.OrderBy(a => a.Sequence).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal([AuditAction.Created, AuditAction.Updated, AuditAction.Deleted], rows.Select(r => r.Action));
        Assert.All(rows, r => Assert.Equal("User", r.EntityType));
        Assert.All(rows, r => Assert.Equal("system", r.ActorName));
        Assert.All(rows, r => Assert.Equal(Now.UtcDateTime, r.AtUtc));
        Assert.Equal("{\"FullName\":\"Әлия\"}", rows[1].Before);
        Assert.Equal("{\"FullName\":\"Әлия Серікқызы\"}", rows[1].After);
        Assert.DoesNotContain(rows, r => (r.After ?? "").Contains("secret-hash") || (r.Before ?? "").Contains("secret-hash"));
    }

    [Fact]
    public async Task An_untouched_chain_verifies()
    {
        using var temp = await DatabaseWithThreeChangesAsync();
        await using var db = temp.NewContext();

        var report = await AuditChain.VerifyAsync(db, TestContext.Current.CancellationToken);

        Assert.True(report.IsIntact);
        Assert.Equal(3, report.VerifiedRows);
    }

    [Fact]
    public async Task A_tampered_audit_row_is_detected()
    {
        using var temp = await DatabaseWithThreeChangesAsync();
        await using var db = temp.NewContext();
        await db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET After = '{{\"FullName\":\"Someone else\"}}' WHERE Sequence = 2",
            TestContext.Current.CancellationToken);

        var report = await AuditChain.VerifyAsync(db, TestContext.Current.CancellationToken);

        Assert.Equal(AuditChainProblem.AlteredRow, report.Problem);
        Assert.Equal(2, report.AtSequence);
        Assert.Equal(1, report.VerifiedRows);
    }

    [Fact]
    public async Task A_deleted_audit_row_is_detected()
    {
        using var temp = await DatabaseWithThreeChangesAsync();
        await using var db = temp.NewContext();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries WHERE Sequence = 2", TestContext.Current.CancellationToken);

        var report = await AuditChain.VerifyAsync(db, TestContext.Current.CancellationToken);

        Assert.Equal(AuditChainProblem.MissingRow, report.Problem);
        Assert.Equal(2, report.AtSequence);
    }

    [Fact]
    public async Task A_row_rehashed_after_editing_still_breaks_the_link_to_the_next()
    {
        using var temp = await DatabaseWithThreeChangesAsync();
        await using var db = temp.NewContext();
        var row = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Sequence == 2, TestContext.Current.CancellationToken);
        row.ActorName = "forger";
        var forgedHash = AuditChain.ComputeHash(row);
        await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET ActorName = 'forger', Hash = {forgedHash} WHERE Sequence = 2",
            TestContext.Current.CancellationToken);

        var report = await AuditChain.VerifyAsync(db, TestContext.Current.CancellationToken);

        Assert.Equal(AuditChainProblem.BrokenLink, report.Problem);
        Assert.Equal(3, report.AtSequence);
    }

    [Fact]
    public async Task The_application_refuses_to_edit_the_log()
    {
        using var temp = await DatabaseWithThreeChangesAsync();
        await using var db = temp.NewContext();
        var row = await db.AuditEntries.FirstAsync(TestContext.Current.CancellationToken);
        row.ActorName = "someone";

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_failed_save_leaves_no_audit_rows_behind()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await using var db = temp.NewContext();
        db.Users.Add(new ApplicationUser { Id = "same", UserName = "x@test.kz" });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        await using var second = temp.NewContext();
        second.Users.Add(new ApplicationUser { Id = "same", UserName = "y@test.kz" });

        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync(TestContext.Current.CancellationToken));

        Assert.Empty(second.ChangeTracker.Entries<AuditEntry>());
        Assert.Equal(1, await db.AuditEntries.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Parallel_writers_and_a_long_transaction_still_leave_one_intact_chain()
    {
        using var temp = await TempDatabase.MigratedAsync();
        await using var holder = temp.NewContext();
        await using var transaction = await holder.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
        holder.Users.Add(new ApplicationUser { UserName = "first@test.kz" });
        await holder.SaveChangesAsync(TestContext.Current.CancellationToken); // holds the write lock from here
        var writers = Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            await using var db = temp.NewContext();
            db.Users.Add(new ApplicationUser { UserName = $"user{i}@test.kz" });
            await db.SaveChangesAsync();
        })).ToList();
        holder.Users.Add(new ApplicationUser { UserName = "second@test.kz" });
        await holder.SaveChangesAsync(TestContext.Current.CancellationToken); // a second save in the same transaction must not wait on them
        await transaction.CommitAsync(TestContext.Current.CancellationToken);
        await Task.WhenAll(writers);

        await using var check = temp.NewContext();
        var report = await AuditChain.VerifyAsync(check, TestContext.Current.CancellationToken);
        Assert.True(report.IsIntact, report.ToString());
        Assert.Equal(12, report.VerifiedRows);
    }
}
