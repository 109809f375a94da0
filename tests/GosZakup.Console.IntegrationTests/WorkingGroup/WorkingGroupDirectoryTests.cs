using System.Globalization;
using GosZakup.Console.Infrastructure.WorkingGroup;
using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.WorkingGroup;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.IntegrationTests.WorkingGroup;

/// <summary>The Working Group directory (R2 §25): who the alerts of medium and high failures go to.</summary>
public class WorkingGroupDirectoryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Not async, so the English messages hold in the calling test.</summary>
    private static Task<IntakeServices> StartAsync()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en-US");
        return IntakeServices.StartAsync(services => services.AddWorkingGroup());
    }

    private static WorkingGroupMemberForm Member(string name, string email, bool head = false, bool security = false) => new()
    {
        FullName = name, Position = "Эксперт", Email = email, Phone = "+7 701 555 20 01", IsHead = head, HandlesInformationSecurity = security,
    };

    private static async Task<WorkingGroupMember> AddAsync(IntakeServices app, WorkingGroupMemberForm form)
    {
        var result = await app.Get<WorkingGroupDirectory>().SaveAsync(form, Ct);
        Assert.True(result.Succeeded, string.Join("; ", result.FieldErrors.Keys) + result.Refusal);
        return (await app.Get<WorkingGroupDirectory>().ListAsync(Ct)).Single(m => m.Email == WorkingGroupDirectory.NormalEmail(form.Email));
    }

    private static async Task<int> CountAsync(IntakeServices app)
    {
        await using var db = app.NewDb();
        return await db.Set<WorkingGroupMemberRecord>().CountAsync(Ct);
    }

    [Fact]
    public async Task A_new_member_is_an_alert_recipient_with_the_address_in_lower_case()
    {
        await using var app = await StartAsync();

        await AddAsync(app, Member(" Айгүл Нұрланова ", " A.Nurlanova@Demo.KZ "));

        var member = Assert.Single(await app.Get<WorkingGroupDirectory>().ActiveMembersAsync(Ct));
        Assert.Equal(("Айгүл Нұрланова", "a.nurlanova@demo.kz", "+7 701 555 20 01"), (member.FullName, member.Email, member.Phone));
    }

    [Theory]
    [InlineData("", "a@demo.kz", "+7 701 555 20 01", "FullName", "WorkingGroup.NameRequired")]
    [InlineData("Ким", "", "+7 701 555 20 01", "Email", "WorkingGroup.EmailRequired")]
    [InlineData("Ким", "not-an-address", "+7 701 555 20 01", "Email", "Appeal.EmailInvalid")]
    [InlineData("Ким", "kim@localhost", "+7 701 555 20 01", "Email", "Appeal.EmailInvalid")]
    [InlineData("Ким", "kim@demo.kz", "+1 202 555 0100", "Phone", "Appeal.PhoneInvalid")]
    [InlineData("Ким", "kim@demo.kz", "8 701 55", "Phone", "Appeal.PhoneInvalid")]
    public async Task A_wrong_field_is_explained_and_nothing_is_saved(string name, string email, string phone, string field, string key)
    {
        await using var app = await StartAsync();
        var form = Member(name, email);
        form.Phone = phone;

        var errors = await app.Get<WorkingGroupDirectory>().ValidateAsync(form, Ct);
        var result = await app.Get<WorkingGroupDirectory>().SaveAsync(form, Ct);

        Assert.Equal(key, errors[field].Key);
        var error = Assert.Single(result.FieldErrors);
        Assert.Equal((field, key), (error.Key, error.Value.Key));
        Assert.Equal(0, await CountAsync(app));
    }

    [Fact]
    public async Task The_phone_is_optional_and_the_formats_of_the_appeal_form_are_accepted()
    {
        await using var app = await StartAsync();
        var (withoutPhone, cityPhone) = (Member("Ким", "kim@demo.kz"), Member("Омаров", "omarov@demo.kz"));
        (withoutPhone.Phone, cityPhone.Phone) = (null, "8 (717) 255-10-01");

        Assert.True((await app.Get<WorkingGroupDirectory>().SaveAsync(withoutPhone, Ct)).Succeeded);
        Assert.True((await app.Get<WorkingGroupDirectory>().SaveAsync(cityPhone, Ct)).Succeeded);
        Assert.True(AppealValidator.IsKazakhPhone(cityPhone.Phone));
    }

    [Fact]
    public async Task An_address_already_in_the_directory_is_refused_in_any_letters()
    {
        await using var app = await StartAsync();
        await AddAsync(app, Member("Айгүл Нұрланова", "a.nurlanova@demo.kz"));

        var result = await app.Get<WorkingGroupDirectory>().SaveAsync(Member("Другой человек", "A.Nurlanova@demo.kz"), Ct);

        var (field, error) = Assert.Single(result.FieldErrors);
        Assert.Equal((nameof(WorkingGroupMemberForm.Email), "WorkingGroup.EmailTaken"), (field, error.Key));
        Assert.Equal(new object[] { "a.nurlanova@demo.kz" }, error.Args);
        Assert.Equal(1, await CountAsync(app));
    }

    [Fact]
    public async Task Editing_a_member_keeps_their_own_address()
    {
        await using var app = await StartAsync();
        var member = await AddAsync(app, Member("Ким", "kim@demo.kz"));
        var form = WorkingGroupMemberForm.From(member);
        form.Position = "Главный эксперт";

        var result = await app.Get<WorkingGroupDirectory>().SaveAsync(form, Ct);

        Assert.True(result.Succeeded, string.Join("; ", result.FieldErrors.Keys) + result.Refusal);
        Assert.Equal("Главный эксперт", (await app.Get<WorkingGroupDirectory>().ListAsync(Ct)).Single().Position);
    }

    [Fact]
    public async Task A_deactivated_member_is_no_longer_alerted_stays_listed_and_can_be_reactivated()
    {
        await using var app = await StartAsync();
        var directory = app.Get<WorkingGroupDirectory>();
        var leaving = await AddAsync(app, Member("Ким", "kim@demo.kz"));
        await AddAsync(app, Member("Омаров", "omarov@demo.kz"));

        Assert.True((await directory.SetActiveAsync(leaving.Id, leaving.Version, active: false, Ct)).Succeeded);

        Assert.Equal(["omarov@demo.kz"], (await directory.ActiveMembersAsync(Ct)).Select(m => m.Email));
        var listed = (await directory.ListAsync(Ct)).Single(m => m.Id == leaving.Id);
        Assert.False(listed.Active);
        Assert.True((await directory.SetActiveAsync(listed.Id, listed.Version, active: true, Ct)).Succeeded);
        Assert.Equal(2, (await directory.ActiveMembersAsync(Ct)).Count);
    }

    [Fact]
    public async Task An_edit_from_a_stale_copy_is_reported_and_the_other_change_kept()
    {
        await using var app = await StartAsync();
        var directory = app.Get<WorkingGroupDirectory>();
        var member = await AddAsync(app, Member("Ким", "kim@demo.kz"));
        var (first, second) = (WorkingGroupMemberForm.From(member), WorkingGroupMemberForm.From(member));
        first.Position = "Первый";
        Assert.True((await directory.SaveAsync(first, Ct)).Succeeded);
        second.Position = "Второй";

        var result = await directory.SaveAsync(second, Ct);
        var deactivation = await directory.SetActiveAsync(member.Id, member.Version, active: false, Ct);

        Assert.Equal(RefusalCode.Stale, result.Refusal);
        Assert.Equal("WorkingGroup.Conflict", result.Reason?.Key);
        Assert.Equal(RefusalCode.Stale, deactivation.Refusal);
        var stored = (await directory.ListAsync(Ct)).Single();
        Assert.Equal(("Первый", true), (stored.Position, stored.Active));
    }

    [Fact]
    public async Task The_group_has_at_most_one_active_head()
    {
        await using var app = await StartAsync();
        var directory = app.Get<WorkingGroupDirectory>();
        var head = await AddAsync(app, Member("Бауыржан Омаров", "wg@demo.kz", head: true));

        var second = await directory.SaveAsync(Member("Ольга Ким", "o.kim@demo.kz", head: true), Ct);

        var headTaken = second.FieldErrors[nameof(WorkingGroupMemberForm.IsHead)];
        Assert.Equal("WorkingGroup.HeadTaken", headTaken.Key);
        Assert.Equal(new object[] { "Бауыржан Омаров" }, headTaken.Args);
        Assert.True((await directory.SetActiveAsync(head.Id, head.Version, active: false, Ct)).Succeeded);
        var successor = await AddAsync(app, Member("Ольга Ким", "o.kim@demo.kz", head: true));
        var former = (await directory.ListAsync(Ct)).Single(m => m.Id == head.Id);
        var back = await directory.SetActiveAsync(former.Id, former.Version, active: true, Ct);
        Assert.Equal(RefusalCode.Duplicate, back.Refusal);
        Assert.Equal("WorkingGroup.HeadTaken", back.Reason?.Key);
        Assert.Equal(new object[] { "Ольга Ким" }, back.Reason!.Args);
        Assert.True(successor.IsHead);
    }

    [Fact]
    public async Task The_alert_recipients_list_the_head_first_then_information_security()
    {
        await using var app = await StartAsync();
        await AddAsync(app, Member("Ахметов", "akhmetov@demo.kz"));
        await AddAsync(app, Member("Нұрланова", "nurlanova@demo.kz", security: true));
        await AddAsync(app, Member("Омаров", "omarov@demo.kz", head: true));

        var recipients = await app.Get<WorkingGroupDirectory>().ActiveMembersAsync(Ct);

        Assert.Equal(["omarov@demo.kz", "nurlanova@demo.kz", "akhmetov@demo.kz"], recipients.Select(m => m.Email));
    }

    [Fact]
    public async Task The_demo_group_is_seeded_once_with_one_head_and_an_information_security_member()
    {
        await using var app = await StartAsync();
        var file = Path.Combine(AppContext.BaseDirectory, "assets", "demo", "working-group.json");

        await app.Get<DemoWorkingGroup>().SeedAsync(file, Ct);
        await app.Get<DemoWorkingGroup>().SeedAsync(file, Ct);

        var members = await app.Get<WorkingGroupDirectory>().ActiveMembersAsync(Ct);
        Assert.Equal(4, members.Count);
        Assert.Single(members, m => m.IsHead);
        Assert.Contains(members, m => m.HandlesInformationSecurity);
        Assert.All(members, m => Assert.EndsWith("@demo.kz", m.Email));
        Assert.All(members, m => Assert.StartsWith("+7 7", m.Phone));
    }

    [Fact]
    public async Task The_Owner_s_unit_is_a_list_of_its_own_that_a_Working_Group_member_may_also_be_in()
    {
        await using var app = await StartAsync();
        var directory = app.Get<WorkingGroupDirectory>();
        await AddAsync(app, Member("Айгүл Нұрланова", "a.nurlanova@demo.kz", security: true));

        var contact = Member("Айгүл Нұрланова", "A.Nurlanova@demo.kz", head: true, security: true);
        contact.Unit = ContactUnit.OwnerUnit;
        Assert.True((await directory.SaveAsync(contact, Ct)).Succeeded);
        var again = Member("Другой человек", "a.nurlanova@demo.kz");
        again.Unit = ContactUnit.OwnerUnit;
        var taken = (await directory.ValidateAsync(again, Ct))[nameof(again.Email)];
        Assert.Equal("WorkingGroup.EmailTaken", taken.Key);
        Assert.Equal(new object[] { "a.nurlanova@demo.kz" }, taken.Args);

        var unit = Assert.Single(await directory.ActiveAsync(ContactUnit.OwnerUnit, Ct));
        // Heading the group and its information security are the Working Group's roles, never the unit's.
        Assert.Equal((ContactUnit.OwnerUnit, false, false), (unit.Unit, unit.IsHead, unit.HandlesInformationSecurity));
        Assert.Equal(ContactUnit.WorkingGroup, Assert.Single(await directory.ActiveMembersAsync(Ct)).Unit);
        Assert.Equal(2, await CountAsync(app));
    }
}
