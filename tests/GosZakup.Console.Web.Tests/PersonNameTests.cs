using Bunit;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Web.Components.Shared;

namespace GosZakup.Console.Web.Tests;

/// <summary>Issue 16 §5: lists name people by their full name in the reader's language, never by login.</summary>
public class PersonNameTests : ConsoleTestContext
{
    private async Task<string> AddOperatorAsync()
    {
        await using var db = await MigratedDatabaseAsync();
        var user = new ApplicationUser
        {
            UserName = "operator@demo.kz", Email = "operator@demo.kz", FullName = "Айгерім Нұрланқызы",
            FullNameKk = "Нұрланқызы Айгерім", FullNameRu = "Нурланкызы Айгерим", Culture = "kk-KZ",
        };
        db.Users.Add(user);
        await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        return user.Id;
    }

    [Theory]
    [InlineData("kk-KZ", "Нұрланқызы Айгерім")]
    [InlineData("ru-RU", "Нурланкызы Айгерим")]
    [InlineData("en-US", "Айгерім Нұрланқызы")]
    public async Task A_login_kept_by_a_row_shows_as_the_full_name_in_the_readers_language(string culture, string expected)
    {
        await AddOperatorAsync();
        UseCulture(culture);

        var cut = Render<PersonName>(p => p.Add(x => x.Login, "operator@demo.kz"));

        cut.WaitForAssertion(() => Assert.Equal(expected, cut.Markup.Trim()));
    }

    [Fact]
    public async Task The_id_names_the_person_even_when_the_login_changed()
    {
        var id = await AddOperatorAsync();
        UseCulture("ru-RU");

        var cut = Render<PersonName>(p => p.Add(x => x.Id, id).Add(x => x.Login, "old-login@demo.kz"));

        cut.WaitForAssertion(() => Assert.Equal("Нурланкызы Айгерим", cut.Markup.Trim()));
    }

    [Fact]
    public async Task Someone_no_longer_among_the_users_shows_as_the_row_recorded()
    {
        await AddOperatorAsync();

        var cut = Render<PersonName>(p => p.Add(x => x.Login, "gone@demo.kz"));

        cut.WaitForAssertion(() => Assert.Equal("gone@demo.kz", cut.Markup.Trim()));
    }
}
