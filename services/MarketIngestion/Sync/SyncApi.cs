namespace Ito.MarketIngestion.Sync;

/// <summary>On-demand market sync and its progress, for admins and the external cron.</summary>
internal static class SyncApi
{
    public static IEndpointRouteBuilder MapSyncApi(this IEndpointRouteBuilder app)
    {
        var cron = app.MapGroup("/api/cron/sync-markets").WithTags("Sync");

        // Anonymous at the routing level: a cron caller has a secret, not a token. CronCaller decides.
        cron.MapPost("", StartAsync)
            .AllowAnonymous()
            .WithName("StartMarketSync")
            .WithSummary("Starts a market sync (or returns the one already running)")
            .WithDescription("Admins, or callers presenting X-Cron-Secret. Answers 202 with the job; poll its progress at the Location.");
        cron.MapGet("/{jobId:guid}", GetAsync)
            .AllowAnonymous()
            .WithName("GetMarketSync")
            .WithSummary("Progress of a market sync: state, pages done, counts added/updated/closed/quarantined");
        return app;
    }

    private static async Task<IResult> StartAsync(HttpContext context, IConfiguration configuration, SyncCoordinator coordinator,
        CancellationToken cancellationToken)
    {
        if (CronCaller.Refusal(context, configuration) is { } refusal) return refusal;
        try
        {
            var job = await coordinator.StartOrGetRunningAsync("on-demand", cancellationToken);
            return TypedResults.Accepted($"/api/cron/sync-markets/{job.Id}", SyncJobDto.From(job));
        }
        catch (SyncBusyException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Another instance is starting a sync; try again shortly.");
        }
    }

    private static async Task<IResult> GetAsync(Guid jobId, HttpContext context, IConfiguration configuration, SyncCoordinator coordinator,
        CancellationToken cancellationToken)
    {
        if (CronCaller.Refusal(context, configuration) is { } refusal) return refusal;
        return await coordinator.FindAsync(jobId, cancellationToken) is { } job
            ? TypedResults.Ok(SyncJobDto.From(job))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such sync job.");
    }
}

/// <summary>A sync job as the API shows it.</summary>
public sealed record SyncJobDto(
    Guid JobId,
    string State,
    string Trigger,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    int PagesDone,
    int FailedPages,
    int Added,
    int Updated,
    int Unchanged,
    int Closed,
    int Quarantined,
    bool KalshiListed,
    bool PolymarketListed,
    string? Error)
{
    public static SyncJobDto From(SyncJob job) => new(job.Id, StateName(job.State), job.Trigger, job.StartedAt, job.FinishedAt, job.PagesDone,
        job.FailedPages, job.Added, job.Updated, job.Unchanged, job.Closed, job.Quarantined, job.KalshiListed, job.PolymarketListed, job.Error);

    public static string StateName(SyncJobState state) => state switch
    {
        SyncJobState.Running => "running",
        SyncJobState.Completed => "completed",
        SyncJobState.CompletedWithErrors => "completed_with_errors",
        _ => "failed",
    };
}
