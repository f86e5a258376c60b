using Ito.Contracts;
using Ito.Contracts.Markets;
using Ito.MarketIngestion.Sync;

namespace Ito.MarketIngestion.Tests.Unit;

public sealed class SyncDomainTests
{
    private static ListedMarket Listed() => new(MarketId.Parse("kalshi:KXCPI-26DEC-T3"), "kalshi:KXCPI-26DEC", "CPI above 3%?", "3%", "Rules",
        "CPI in December", "Economics", ["Inflation"], MarketStatus.Open, new DateTimeOffset(2026, 12, 10, 13, 30, 0, TimeSpan.Zero), null, null, null);

    [Fact]
    public void The_content_hash_changes_with_text_status_or_close_time_and_only_then()
    {
        var market = Listed();
        Assert.Equal(market.ContentHash, Listed().ContentHash);
        Assert.NotEqual(market.ContentHash, (market with { Title = "CPI above 3.0%?" }).ContentHash);
        Assert.NotEqual(market.ContentHash, (market with { Status = MarketStatus.Closed }).ContentHash);
        Assert.NotEqual(market.ContentHash, (market with { CloseTime = market.CloseTime!.Value.AddMinutes(1) }).ContentHash);
        Assert.NotEqual(market.ContentHash, (market with { Tags = ["Inflation", "CPI"] }).ContentHash);
    }

    [Theory]
    [InlineData("02:00", "2026-11-26T01:59:59Z", "2026-11-26T02:00:00Z")]
    [InlineData("02:00", "2026-11-26T02:00:00Z", "2026-11-27T02:00:00Z")]
    [InlineData("02:00", "2026-12-31T23:00:00Z", "2027-01-01T02:00:00Z")]
    [InlineData("23:30", "2026-11-26T10:00:00+05:00", "2026-11-26T23:30:00Z")]
    public void The_daily_schedule_runs_next_at_its_utc_time(string at, string now, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), DailySchedule.Parse(at).NextAfter(DateTimeOffset.Parse(now)));

    [Theory]
    [InlineData("2am")]
    [InlineData("25:00")]
    [InlineData("")]
    public void A_malformed_schedule_is_refused(string at) => Assert.Throws<FormatException>(() => DailySchedule.Parse(at));

    [Fact]
    public void A_job_counts_its_pages_and_ends_with_errors_when_a_page_failed()
    {
        var job = SyncJob.Start("test", DateTimeOffset.UnixEpoch);
        job.RecordPage(Venue.Kalshi, new PageOutcome(Added: 3, Updated: 1, Unchanged: 2, Quarantined: 1), "cursor-2");
        Assert.Equal(("cursor-2", false), (job.CursorOf(Venue.Kalshi), job.HasListed(Venue.Kalshi)));
        job.RecordPage(Venue.Kalshi, new PageOutcome(1, 0, 0, 0), null);
        Assert.True(job.HasListed(Venue.Kalshi));
        Assert.True(job.HasCompleteListing(Venue.Kalshi));
        job.RecordFailedPage(Venue.Polymarket);
        Assert.True(job.HasListed(Venue.Polymarket));
        Assert.False(job.HasCompleteListing(Venue.Polymarket));
        job.Finish(DateTimeOffset.UnixEpoch.AddMinutes(1));

        Assert.Equal((SyncJobState.CompletedWithErrors, 2, 1, 4, 1, 1), (job.State, job.PagesDone, job.FailedPages, job.Added, job.Updated, job.Quarantined));
    }

    [Fact]
    public void A_job_without_failed_pages_completes()
    {
        var job = SyncJob.Start("test", DateTimeOffset.UnixEpoch);
        job.RecordPage(Venue.Polymarket, new PageOutcome(0, 0, 5, 0), null);
        job.Finish(DateTimeOffset.UnixEpoch);
        Assert.Equal(SyncJobState.Completed, job.State);
    }

    [Theory]
    [InlineData("s3cret-value", "s3cret-value", true)]
    [InlineData("s3cret-valuE", "s3cret-value", false)]
    [InlineData("s3cret", "s3cret-value", false)]
    [InlineData("", "s3cret-value", false)]
    [InlineData("anything", null, false)]
    [InlineData("anything", "", false)]
    public void The_cron_secret_must_match_exactly_and_an_unset_secret_opens_nothing(string presented, string? expected, bool matches) =>
        Assert.Equal(matches, CronCaller.SecretMatches(presented, expected));
}
