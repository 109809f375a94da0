using System.Globalization;
using System.Security.Cryptography;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Features.Inbox;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.IntegrationTests.Intake;

public class AttachmentTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private static async Task<Guid> AppealAsync(IntakeServices app) =>
        (await app.Get<AppealIntake>().ReceiveAsync(new AppealForm
        {
            Channel = AppealChannel.Phone, ReceivedAt = DateTime.ParseExact("2026-11-20 12:10", "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            OrganisationName = "ТОО «Ақ Жол»", ContactPhone = "+7 701 234 56 78", Description = "Сбой",
        }, TestContext.Current.CancellationToken)).Value!.AppealId;

    [Fact]
    public async Task A_screenshot_is_kept_outside_the_database_under_its_SHA_256()
    {
        await using var app = await IntakeServices.StartAsync();
        var appeal = await AppealAsync(app);

        var refused =
            await app.Get<AttachmentStore>().AddAsync(appeal, "screen.png", new MemoryStream(Png), "operator@demo.kz", TestContext.Current.CancellationToken);

        Assert.Null(refused);
        await using var db = app.NewDb();
        var record = await db.Set<AttachmentRecord>().SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(("image/png", 16L, Convert.ToHexStringLower(SHA256.HashData(Png))), (record.ContentType, record.SizeBytes, record.Sha256));
        Assert.Equal(Png, await File.ReadAllBytesAsync(app.Get<AttachmentStore>().PathOf(record.Sha256), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_executable_named_like_a_picture_is_refused_and_nothing_is_kept()
    {
        await using var app = await IntakeServices.StartAsync();
        var appeal = await AppealAsync(app);

        var refused = await app.Get<AttachmentStore>()
            .AddAsync(appeal, "photo.png", new MemoryStream([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00]), null, TestContext.Current.CancellationToken);

        Assert.Contains("photo.png", refused);
        await using var db = app.NewDb();
        Assert.Equal(0, await db.Set<AttachmentRecord>().CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_file_over_20_MB_is_refused_with_the_R1_8_advice()
    {
        await using var app = await IntakeServices.StartAsync();
        var appeal = await AppealAsync(app);
        var big = new byte[AttachmentRules.MaxBytes + 1];
        Png.CopyTo(big, 0);

        var refused = await app.Get<AttachmentStore>().AddAsync(appeal, "huge.png", new MemoryStream(big), null, TestContext.Current.CancellationToken);

        Assert.Contains("Portal Rules §8", refused); // R1 §8, in the words of the reader
        await using var db = app.NewDb();
        Assert.Equal(0, await db.Set<AttachmentRecord>().CountAsync(TestContext.Current.CancellationToken));
    }
}
