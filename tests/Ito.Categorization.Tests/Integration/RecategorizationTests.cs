using System.Net;
using System.Text.Json;
using Ito.Categorization.Pipeline;
using Ito.Contracts;
using Ito.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ito.Categorization.Tests.Integration;

/// <summary>A new pipeline version re-categorizes stored markets at start-up, with progress admins can read.</summary>
[Collection(CategorizationServiceCollection.Name)]
public sealed class RecategorizationTests(CategorizationService service)
{
    private const string OlderVersion = "2025.1.0";

    [Fact]
    public async Task Markets_from_an_older_pipeline_are_re_run_at_start_up_and_only_changed_outcomes_are_announced()
    {
        var changes = CategorizationService.NewMarketId();
        var stays = CategorizationService.NewMarketId();
        await service.UpsertAsync(CategorizationService.Upserted(changes, "Will the Fed cut rates in December?"));
        await service.UpsertAsync(CategorizationService.Upserted(stays, "Will the Lakers beat the Celtics tonight?"));
        // As an older pipeline left them: one in another basket, one exactly as the current pipeline decides.
        await service.WithDbAsync(db => db.MarketCategorizations.Where(m => m.MarketId == changes)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.PipelineVersion, OlderVersion).SetProperty(m => m.SystemBasket, 18)));
        await service.WithDbAsync(db => db.MarketCategorizations.Where(m => m.MarketId == stays)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.PipelineVersion, OlderVersion)));

        // A new instance starts (the deployment of the new version) and finds the stale markets.
        await using var restarted = new ServiceFactory<Program>(service.Infrastructure, ServiceNames.Categorization);
        var admin = restarted.CreateClientFor(Guid.NewGuid(), admin: true);
        await Eventually.TrueAsync(async () =>
        {
            var latest = await admin.GetAsync("/api/v1/categorization/jobs/latest");
            return latest.StatusCode == HttpStatusCode.OK
                && (await CategorizationService.JsonAsync(latest)).GetProperty("state").GetString() == "completed";
        }, CategorizationService.Patience, "the re-categorization job completed");

        var job = await CategorizationService.JsonAsync(await admin.GetAsync("/api/v1/categorization/jobs/latest"));
        Assert.Equal(PipelineVersion.Current, job.GetProperty("pipelineVersion").GetString());
        Assert.Equal(2, job.GetProperty("total").GetInt32());
        Assert.Equal(2, job.GetProperty("done").GetInt32());
        Assert.Equal(1, job.GetProperty("changed").GetInt32());
        Assert.Equal(1.0, job.GetProperty("progress").GetDouble());
        Assert.Equal(JsonValueKind.String, job.GetProperty("finishedAt").ValueKind);

        var byId = await CategorizationService.JsonAsync(await admin.GetAsync($"/api/v1/categorization/jobs/{job.GetProperty("id").GetGuid()}"));
        Assert.Equal(job.GetProperty("id").GetGuid(), byId.GetProperty("id").GetGuid());

        Assert.Equal(PipelineVersion.Current, (await service.CategorizationAsync(changes))!.PipelineVersion);
        Assert.Equal(PipelineVersion.Current, (await service.CategorizationAsync(stays))!.PipelineVersion);
        Assert.Equal([4, 4], (await service.CategorizedEventsAsync(changes)).Select(e => e.GetProperty("systemBasket").GetInt32()));
        Assert.Single(await service.CategorizedEventsAsync(stays));
    }

    [Fact]
    public async Task An_unknown_job_is_a_404()
    {
        var response = await service.AdminClient().GetAsync($"/api/v1/categorization/jobs/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
