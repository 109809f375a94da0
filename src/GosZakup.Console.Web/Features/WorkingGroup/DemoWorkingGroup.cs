using System.Text.Json;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.WorkingGroup;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.WorkingGroup;

/// <summary>Development only: adds the Working Group members and the Owner's unit contacts of
/// <c>assets/demo/working-group.json</c> that the directory does not hold yet (by list and e-mail), through the
/// directory's own checks. A second run adds nothing and an edit is kept.</summary>
public sealed class DemoWorkingGroup(IDbContextFactory<AppDbContext> dbFactory, WorkingGroupDirectory directory, ILogger<DemoWorkingGroup> log)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public async Task SeedAsync(string file, CancellationToken ct)
    {
        var demo = JsonSerializer.Deserialize<DemoFile>(await File.ReadAllTextAsync(file, ct), Json)!;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var known = (await db.Set<WorkingGroupMemberRecord>().Select(m => new { m.Unit, m.Email }).ToListAsync(ct)).Select(m => (m.Unit, m.Email)).ToHashSet();
        foreach (var contact in demo.OwnerUnit ?? []) contact.Unit = ContactUnit.OwnerUnit;
        var added = 0;
        foreach (var member in demo.Members.Concat(demo.OwnerUnit ?? []).Where(m => !known.Contains((m.Unit, WorkingGroupDirectory.NormalEmail(m.Email)))))
        {
            var result = await directory.SaveAsync(member, ct);
            if (result.Succeeded) added++;
            else log.LogWarning("Demo Working Group member {Email} not added: {Fields} {Refusal}", member.Email,
                string.Join("; ", result.FieldErrors.Select(e => $"{e.Key}: {e.Value.Key}")), result.Refusal);
        }
        if (added > 0) log.LogInformation("Demo Working Group members seeded: {Count}", added);
    }

    private sealed record DemoFile(List<WorkingGroupMemberForm> Members, List<WorkingGroupMemberForm>? OwnerUnit);
}
