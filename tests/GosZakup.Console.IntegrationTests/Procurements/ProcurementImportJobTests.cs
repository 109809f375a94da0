using GosZakup.Console.Web.Features.Procurements;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Procurements;

/// <summary>The upload's path in the real host: the job is queued as the page does, Hangfire runs it, the progress
/// read back from the database reports the end.</summary>
public sealed class ProcurementImportJobTests(ConsoleFactory factory)
{
    [Fact]
    public async Task An_enqueued_import_runs_in_the_host_and_reports_its_result()
    {
        var ct = TestContext.Current.CancellationToken;
        const string csv = "numberAnno,nameRu,refTradeMethodsId,customerBin,customerNameRu,orgBin,orgNameRu,startDate,endDate,lotNumber,lotNameRu,amount\n"
            + "15499001-1,Проверка фоновой загрузки,6,090940008102,РГУ,090940008102,РГУ,2026-11-19 09:00:00,2026-11-24 18:00:00,Л1,Сопровождение,100\n"
            + "bad-number,Строка с ошибкой,6,090940008102,РГУ,090940008102,РГУ,2026-11-19 09:00:00,2026-11-24 18:00:00,Л1,Сопровождение,100\n";
        using var scope = factory.Services.CreateScope();
        var imports = scope.ServiceProvider.GetRequiredService<ImportRequests>();
        var id = await imports.QueueAsync("check.csv", csv, "operator@demo.kz", ct);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await imports.FindAsync(id, ct))?.IsRunning == true && DateTime.UtcNow < deadline)
            await Task.Delay(100, ct);
        var done = (await imports.FindAsync(id, ct))!;
        Assert.Equal(ImportState.Finished, done.State);
        Assert.Equal(1, done.Result!.Created + done.Result.Updated);
        var problem = Assert.Single(done.Result.Problems);
        Assert.Equal((3, "Procurements.Import.BadNumber"), (problem.Position, problem.Key));
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<ProcurementQuery>().FindAsync("15499001-1", ct));
    }
}
