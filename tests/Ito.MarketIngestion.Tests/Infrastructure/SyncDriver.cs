using System.Net;
using System.Net.Http.Json;
using Ito.MarketIngestion.Sync;
using Ito.Testing;

namespace Ito.MarketIngestion.Tests.Infrastructure;

/// <summary>Starts syncs through the cron API and waits for them, as the scheduler outside the platform would.</summary>
public static class SyncDriver
{
    public static HttpClient CronClient(IngestionFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Cron-Secret", IngestionFactory.CronSecret);
        return client;
    }

    public static async Task<SyncJobDto> StartAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/api/cron/sync-markets", null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"start sync: {(int)response.StatusCode} {body}");
        return (await response.Content.ReadFromJsonAsync<SyncJobDto>())!;
    }

    public static async Task<SyncJobDto> GetAsync(HttpClient client, Guid jobId) =>
        (await client.GetFromJsonAsync<SyncJobDto>($"/api/cron/sync-markets/{jobId}"))!;

    public static async Task<SyncJobDto> WaitAsync(HttpClient client, Guid jobId, TimeSpan? timeout = null)
    {
        SyncJobDto? job = null;
        await Eventually.TrueAsync(async () =>
        {
            job = await GetAsync(client, jobId);
            return job.State != "running";
        }, timeout ?? TimeSpan.FromSeconds(60), $"sync job {jobId} to finish");
        return job!;
    }

    public static async Task<SyncJobDto> RunAsync(HttpClient client, TimeSpan? timeout = null) =>
        await WaitAsync(client, (await StartAsync(client)).JobId, timeout);
}
