using System.Text.RegularExpressions;

namespace GosZakup.Console.IntegrationTests.Incidents;

/// <summary>Issue 16 §5: the pages name people by full name in the reader's language, never by login (on the demo data).</summary>
public sealed partial class StaffNamesOnPagesTests(ConsoleFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_Kazakh_operator_reads_the_assignee_the_registrar_and_the_timeline_by_Kazakh_full_names()
    {
        var client = await SignIn.AsAsync(factory, "operator@demo.kz"); // Kazakh is this user's language

        var list = await client.GetStringAsync("/incidents", Ct);
        Assert.Contains("Жақсыбеков Ерлан Серікұлы", list);
        Assert.DoesNotContain("specialist@demo.kz", list);

        // The demo's own incident (the lowest number): other tests of this shared host add incidents with actors of their own.
        var number = list.Split("<tr").Where(row => row.Contains("Жақсыбеков Ерлан Серікұлы", StringComparison.Ordinal))
            .Select(row => Number().Match(row).Value).Where(n => n.Length > 0).Min(StringComparer.Ordinal);
        var page = await client.GetStringAsync($"/incidents/{number}", Ct);
        Assert.Contains("Нұрланқызы Айгерім", page); // registered by the operator
        Assert.Contains("Жақсыбеков Ерлан Серікұлы", page); // assignee and timeline actor
        var at = page.IndexOf("operator@demo.kz", StringComparison.Ordinal);
        Assert.True(at < 0, at < 0 ? "" : page[Math.Max(0, at - 1500)..(at + 50)]); // staff logins never show (recipients' mail addresses may); on failure, the markup before it says where
        Assert.DoesNotContain("specialist@demo.kz", page);
        Assert.DoesNotContain("Уровень", page);
    }

    [GeneratedRegex(@"INC-\d{4}-\d{6}")]
    private static partial Regex Number();
}
