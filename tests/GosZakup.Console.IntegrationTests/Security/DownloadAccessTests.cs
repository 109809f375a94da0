using System.Net;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Security;

/// <summary>Every file the console hands out (PDFs, spreadsheets, letters, attachments, exports, feeds) × every role and
/// anonymous, against one table. The ids in the addresses exist nowhere: an admitted caller gets past authorization (a
/// 404 or the file), a refused one gets 403, an anonymous one the sign-in page.</summary>
public class DownloadAccessTests(ConsoleFactory factory)
{
    private const string Anonymous = "anonymous";
    private static readonly string[] Desk = ["Operator", "Specialist", "Supervisor", "Manager"];
    private static readonly string[] Everyone = [Anonymous, "Operator", "Specialist", "Supervisor", "Manager", "WorkingGroup", "Admin"];
    private static readonly Guid Nowhere = Guid.Parse("00000000-0000-0000-0000-0000000000f3");

    /// <summary>Route pattern → an address of it → the roles admitted. The single source of truth this test checks.</summary>
    private static readonly (string Pattern, string Address, string[] Admitted)[] Downloads =
    [
        ("/attachments/{id:guid}", $"/attachments/{Nowhere}", Desk),
        ("/incident-documents/{id:guid}", $"/incident-documents/{Nowhere}", Desk),
        ("/incidents/{number}/owner-report.pdf", "/incidents/INC-0000-0000/owner-report.pdf", Desk),
        ("/incidents/{number}/owner-report/preview/{token}.pdf", "/incidents/INC-0000-0000/owner-report/preview/nothing.pdf", Desk),
        ("/working-group/complaints/{id:guid}/letter", $"/working-group/complaints/{Nowhere}/letter", Desk),
        ("/working-group/complaints/{id:guid}/answer.pdf", $"/working-group/complaints/{Nowhere}/answer.pdf", Desk),
        ("/journal/export.xlsx", "/journal/export.xlsx", Desk),
        ("/journal/export.pdf", "/journal/export.pdf", Desk),
        ("/acts/{number}/preview.pdf", "/acts/A-0000-000/preview.pdf", ["Operator", "Supervisor", "Manager", "WorkingGroup"]),
        // F3 carries the supplier's bank account: not for the Working Group (issue 17).
        ("/acts/{number}/security/{id:guid}/f3.pdf", $"/acts/A-0000-000/security/{Nowhere}/f3.pdf", ["Operator", "Supervisor", "Manager"]),
        ("/verify/acts/{number}/pdf", "/verify/acts/A-0000-000/pdf", Everyone),
        ("/reports/quarterly/{id:guid}/report.pdf", $"/reports/quarterly/{Nowhere}/report.pdf", ["Supervisor", "Manager", "WorkingGroup"]),
        ("/reports/quarterly/{id:guid}/report.xlsx", $"/reports/quarterly/{Nowhere}/report.xlsx", ["Supervisor", "Manager", "WorkingGroup"]),
        ("/reports/daily/{date}.pdf", "/reports/daily/2001-01-01.pdf", ["Supervisor", "Manager", "WorkingGroup"]),
        ("/reports/penalties.xlsx", "/reports/penalties.xlsx?year=2001&quarter=1", ["Supervisor", "Manager", "WorkingGroup"]),
        ("/announcements/feed.atom", "/announcements/feed.atom", Everyone),
    ];

    /// <summary>GET endpoints that are no download: the health probe, the API document, the language switch, the jobs
    /// dashboard's own routes.</summary>
    private static readonly string[] NotDownloads = ["/health", "/openapi/{documentName}.json", "/culture/set"];

    private static readonly Dictionary<string, string> UserOf = new()
    {
        ["Operator"] = "operator@demo.kz", ["Specialist"] = "specialist@demo.kz", ["Supervisor"] = "supervisor@demo.kz",
        ["Manager"] = "manager@demo.kz", ["WorkingGroup"] = "wg@demo.kz", ["Admin"] = "admin@demo.kz",
    };

    public static TheoryData<string> Identities => [.. Everyone];

    [Theory]
    [MemberData(nameof(Identities))]
    public async Task Each_download_admits_exactly_the_roles_of_the_table(string identity)
    {
        var client = identity == Anonymous ? factory.NewClient() : await SignIn.AsAsync(factory, UserOf[identity]);
        var wrong = new List<string>();

        foreach (var (_, address, admitted) in Downloads)
        {
            var response = await client.GetAsync(address, TestContext.Current.CancellationToken);
            var toSignIn = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/login");
            var refused = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized || toSignIn;
            var expected = identity == Anonymous ? HttpStatusCode.Redirect : HttpStatusCode.Forbidden;
            if (admitted.Contains(identity) == refused || (refused && response.StatusCode != expected))
                wrong.Add($"{address}: {(int)response.StatusCode}{(toSignIn ? " to sign-in" : "")}, " +
                    $"expected {(admitted.Contains(identity) ? "admitted" : "refused")}");
        }

        Assert.True(wrong.Count == 0, $"{identity}: " + string.Join("; ", wrong));
    }

    [Fact]
    public void The_table_names_every_GET_endpoint_that_is_not_a_page_API_or_static_file()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => !p.StartsWith("/api/", StringComparison.Ordinal) && !p.StartsWith("/_", StringComparison.Ordinal)
                && !p.StartsWith("/hangfire", StringComparison.Ordinal))
            .Where(p => !IsStaticFile(p) && !NotDownloads.Contains(p))
            .Distinct().Order().ToList();

        Assert.True(Downloads.Select(d => d.Pattern).Order().SequenceEqual(endpoints), "endpoints: " + string.Join(", ", endpoints));
    }

    private static bool IsStaticFile(string pattern) => pattern == "/{**path:file}" ||
        !pattern.Contains('{')
            && Path.GetExtension(pattern) is ".css" or ".js" or ".svg" or ".png" or ".ico" or ".woff2" or ".gz" or ".br" or ".json" or ".txt" or ".map";
}
