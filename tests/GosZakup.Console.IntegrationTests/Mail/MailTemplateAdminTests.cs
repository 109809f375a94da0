using System.Globalization;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.MailTemplates;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.IntegrationTests.Mail;

/// <summary>An Admin's wording of a notice is what the next notice of that kind carries; values are inserted in
/// one pass, as text; a wording is checked before it is saved and a concurrent change is never overwritten.</summary>
public class MailTemplateAdminTests
{
    private static readonly MailTemplateKind IdEmail = MailTemplateCatalogue.IdEmail;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Not async, so the English messages hold in the calling test.</summary>
    private static Task<IntakeServices> StartAsync()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en-US");
        return IntakeServices.StartAsync(services => services.AddMailTemplates());
    }

    private static AppealForm EmailAppeal(string organisation = "ТОО «Ақ Жол»") => new()
    {
        Channel = AppealChannel.Email, ReceivedAt = new DateTime(2026, 11, 20, 12, 5, 0),
        OrganisationName = organisation, ContactEmail = "tender@akzhol.kz", Description = "Сбой при подаче ценового предложения",
    };

    private static async Task<MailTemplateForm> CustomisedAsync(IntakeServices app, string marker = "")
    {
        var form = await app.Get<MailTemplateAdmin>().LoadAsync(IdEmail, Ct);
        (form.SubjectKk, form.SubjectRu) = ($"Тіркелді{marker} {{number}}", $"Зарегистрировано{marker} {{number}}");
        (form.BodyKk, form.BodyRu) = ("Нөміріңіз: {number}. Ұйым: {organisation}.", "Ваш номер: {number}. Получено: {received}.");
        return form;
    }

    private static async Task<OutboxMessage> IdEmailOfAsync(IntakeServices app, string number)
    {
        await using var db = app.NewDb();
        return await db.Set<OutboxMessage>().SingleAsync(m => m.Kind == "id-email" && m.Subject.Contains(number), Ct);
    }

    private static async Task<int> StoredTemplatesAsync(IntakeServices app)
    {
        await using var db = app.NewDb();
        return await db.Set<MailTemplateRecord>().CountAsync(Ct);
    }

    [Fact]
    public async Task An_edited_wording_is_what_the_next_identifier_email_carries()
    {
        await using var app = await StartAsync();
        var saved = await app.Get<MailTemplateAdmin>().SaveAsync(await CustomisedAsync(app), "admin@demo.kz", Ct);
        Assert.True(saved.Succeeded, string.Join("; ", saved.FieldErrors.Keys) + saved.Refusal);

        var number = await app.RegisterAsync(EmailAppeal());

        var mail = await IdEmailOfAsync(app, number);
        Assert.Equal($"Тіркелді {number} / Зарегистрировано {number}", mail.Subject);
        Assert.Equal($"Нөміріңіз: {number}. Ұйым: ТОО «Ақ Жол».\n\nВаш номер: {number}. Получено: 20.11.2026 12:05.", mail.BodyText);
        var row = await app.Get<MailTemplateAdmin>().LoadAsync(IdEmail, Ct);
        Assert.Equal(("admin@demo.kz", app.Clock.GetUtcNow().UtcDateTime), (row.UpdatedByName, row.UpdatedAtUtc));
    }

    [Fact]
    public async Task A_value_that_looks_like_a_placeholder_is_inserted_as_it_is_not_expanded()
    {
        await using var app = await StartAsync();

        var number = await app.RegisterAsync(EmailAppeal("ТОО «{number}» {received}"));

        var mail = await IdEmailOfAsync(app, number);
        Assert.Contains("ТОО «{number}» {received} атынан 20.11.2026 12:05 берген", mail.BodyText);
        Assert.DoesNotContain($"ТОО «{number}»", mail.BodyText);
    }

    [Fact]
    public async Task Markup_in_a_value_goes_into_the_plain_text_mail_as_text_in_one_pass()
    {
        await using var app = await StartAsync();
        await using (var db = app.NewDb())
        {
            await TemplatedMail.EnqueueAsync(db, app.Get<MailOutbox>(), IdEmail, "Incident", Guid.NewGuid(), "tender@akzhol.kz", new Dictionary<string, string>
            {
                ["number"] = "INC-2026-000777", ["received"] = "20.11.2026 12:05", ["organisation"] = "<script>alert('{number}')</script>",
            }, Ct);
            await db.SaveChangesAsync(Ct);
        }

        var mail = await IdEmailOfAsync(app, "INC-2026-000777");
        Assert.Contains("<script>alert('{number}')</script> атынан", mail.BodyText);
        Assert.DoesNotContain("alert('INC-2026-000777')", mail.BodyText);
    }

    [Fact]
    public async Task An_unknown_placeholder_is_refused_by_name_and_nothing_is_saved()
    {
        await using var app = await StartAsync();
        var form = await CustomisedAsync(app);
        form.BodyRu += " Срок: {dueAt}.";

        var result = await app.Get<MailTemplateAdmin>().SaveAsync(form, "admin@demo.kz", Ct);

        Assert.Null(result.Refusal);
        var (field, error) = Assert.Single(result.FieldErrors);
        Assert.Equal((nameof(MailTemplateForm.BodyRu), "MailTemplates.UnknownPlaceholder"), (field, error.Key));
        Assert.Equal(new object[] { "{dueAt}", "{number}, {received}, {organisation}" }, error.Args);
        Assert.Equal(error.Key, MailTemplateAdmin.Validate(IdEmail, form)[nameof(MailTemplateForm.BodyRu)].Key);
        Assert.Equal(0, await StoredTemplatesAsync(app));
    }

    [Theory]
    [InlineData(nameof(MailTemplateForm.SubjectKk), "", "MailTemplates.Required")]
    [InlineData(nameof(MailTemplateForm.BodyRu), "   ", "MailTemplates.Required")]
    [InlineData(nameof(MailTemplateForm.SubjectRu), "301", "MailTemplates.TooLong")]
    [InlineData(nameof(MailTemplateForm.BodyKk), "8001", "MailTemplates.TooLong")]
    [InlineData(nameof(MailTemplateForm.SubjectKk), "Тіркелді\n{number}", "MailTemplates.SubjectOneLine")]
    public async Task Each_text_is_required_within_its_length_and_a_subject_is_one_line(string field, string value, string key)
    {
        await using var app = await StartAsync();
        var form = await CustomisedAsync(app);
        var text = int.TryParse(value, out var length) ? new string('ә', length) : value;
        typeof(MailTemplateForm).GetProperty(field)!.SetValue(form, text);

        var result = await app.Get<MailTemplateAdmin>().SaveAsync(form, "admin@demo.kz", Ct);

        var error = Assert.Single(result.FieldErrors);
        Assert.Equal((field, key), (error.Key, error.Value.Key));
        Assert.Equal(0, await StoredTemplatesAsync(app));
    }

    [Fact]
    public async Task A_save_from_a_stale_copy_is_refused_and_the_other_admins_wording_kept()
    {
        await using var app = await StartAsync();
        var admin = app.Get<MailTemplateAdmin>();
        var (first, second) = (await CustomisedAsync(app, " A"), await CustomisedAsync(app, " B"));
        Assert.True((await admin.SaveAsync(first, "admin@demo.kz", Ct)).Succeeded);

        var stale = await admin.SaveAsync(second, "admin2@demo.kz", Ct);

        Assert.Equal(RefusalCode.Stale, stale.Refusal);
        Assert.Equal("MailTemplates.Conflict", stale.Reason?.Key);
        Assert.Equal("Тіркелді A {number}", (await admin.LoadAsync(IdEmail, Ct)).SubjectKk);
    }

    [Fact]
    public async Task An_edit_of_a_customised_wording_from_a_stale_copy_is_refused()
    {
        await using var app = await StartAsync();
        var admin = app.Get<MailTemplateAdmin>();
        Assert.True((await admin.SaveAsync(await CustomisedAsync(app), "admin@demo.kz", Ct)).Succeeded);
        var (first, second) = (await admin.LoadAsync(IdEmail, Ct), await admin.LoadAsync(IdEmail, Ct));
        first.BodyKk = "Бірінші: {number}.";
        Assert.True((await admin.SaveAsync(first, "admin@demo.kz", Ct)).Succeeded);
        second.BodyKk = "Екінші: {number}.";

        Assert.Equal(RefusalCode.Stale, (await admin.SaveAsync(second, "admin2@demo.kz", Ct)).Refusal);
        Assert.Equal("Бірінші: {number}.", (await admin.LoadAsync(IdEmail, Ct)).BodyKk);
    }

    [Fact]
    public async Task Restoring_the_built_in_wording_deletes_the_row_and_the_next_email_uses_it_again()
    {
        await using var app = await StartAsync();
        var admin = app.Get<MailTemplateAdmin>();
        Assert.True((await admin.SaveAsync(await CustomisedAsync(app), "admin@demo.kz", Ct)).Succeeded);
        var customised = await admin.LoadAsync(IdEmail, Ct);
        var before = await app.RegisterAsync(EmailAppeal());

        var restored = await admin.RestoreBuiltInAsync(IdEmail, customised.Version!.Value, Ct);

        Assert.True(restored.Succeeded);
        Assert.Equal(0, await StoredTemplatesAsync(app));
        Assert.Null((await admin.LoadAsync(IdEmail, Ct)).Version);
        var after = await app.RegisterAsync(EmailAppeal());
        Assert.StartsWith("Тіркелді", (await IdEmailOfAsync(app, before)).Subject);
        Assert.Equal($"Өтінішіңіз тіркелді: {after} / Ваше обращение зарегистрировано: {after}", (await IdEmailOfAsync(app, after)).Subject);
    }

    [Fact]
    public async Task Restoring_from_a_stale_copy_does_not_throw_away_a_newer_wording()
    {
        await using var app = await StartAsync();
        var admin = app.Get<MailTemplateAdmin>();
        Assert.True((await admin.SaveAsync(await CustomisedAsync(app), "admin@demo.kz", Ct)).Succeeded);
        var seen = await admin.LoadAsync(IdEmail, Ct);
        var newer = await admin.LoadAsync(IdEmail, Ct);
        newer.BodyRu = "Новый текст: {number}.";
        Assert.True((await admin.SaveAsync(newer, "admin2@demo.kz", Ct)).Succeeded);

        var restored = await admin.RestoreBuiltInAsync(IdEmail, seen.Version!.Value, Ct);

        Assert.Equal(RefusalCode.Stale, restored.Refusal);
        Assert.Equal("Новый текст: {number}.", (await admin.LoadAsync(IdEmail, Ct)).BodyRu);
    }

    [Fact]
    public async Task The_list_shows_which_kinds_are_customised_and_by_whom()
    {
        await using var app = await StartAsync();
        var admin = app.Get<MailTemplateAdmin>();
        Assert.True((await admin.SaveAsync(await CustomisedAsync(app), "admin@demo.kz", Ct)).Succeeded);

        var rows = await admin.ListAsync(Ct);

        Assert.Equal(MailTemplateCatalogue.All, rows.Select(r => r.Kind));
        Assert.Equal([IdEmail], rows.Where(r => r.Customised).Select(r => r.Kind));
        Assert.Equal("admin@demo.kz", rows.Single(r => r.Customised).UpdatedByName);
    }
}
