using Ito.Trading.Execution;
using Ito.Trading.Orders;
using Microsoft.Extensions.Configuration;

namespace Ito.Trading.Tests.Unit;

public sealed class StalledOrderReconcilerOptionsTests
{
    private static StalledOrderReconcilerOptions Bind(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build()
            .GetSection(TradingOptions.SectionName).Get<TradingOptions>()?.Reconciler ?? new TradingOptions().Reconciler;

    [Fact]
    public void By_default_a_pass_every_30_seconds_takes_20_orders_unmoved_for_2_minutes()
    {
        var options = Bind([]);

        Assert.Equal(TimeSpan.FromSeconds(30), options.Interval);
        Assert.Equal(TimeSpan.FromMinutes(2), options.StalledAfter);
        Assert.Equal(20, options.BatchSize);
        Assert.True(options.IsValid);
    }

    [Fact]
    public void Trading_Reconciler_settings_are_the_reconcilers()
    {
        var options = Bind(new()
        {
            ["Trading:Reconciler:Interval"] = "00:00:05",
            ["Trading:Reconciler:StalledAfter"] = "00:10:00",
            ["Trading:Reconciler:BatchSize"] = "7",
        });

        Assert.Equal(TimeSpan.FromSeconds(5), options.Interval);
        Assert.Equal(TimeSpan.FromMinutes(10), options.StalledAfter);
        Assert.Equal(7, options.BatchSize);
        Assert.True(options.IsValid);
    }

    [Theory]
    [InlineData("00:00:00", "00:02:00", 20)]
    [InlineData("-00:00:01", "00:02:00", 20)]
    [InlineData("01:00:01", "00:02:00", 20)]
    [InlineData("00:00:30", "00:00:00", 20)]
    [InlineData("00:00:30", "00:02:00", 0)]
    [InlineData("00:00:30", "00:02:00", 501)]
    public void Settings_that_would_never_pass_or_take_nothing_or_everything_are_refused(string interval, string stalledAfter, int batchSize)
    {
        var options = Bind(new()
        {
            ["Trading:Reconciler:Interval"] = interval,
            ["Trading:Reconciler:StalledAfter"] = stalledAfter,
            ["Trading:Reconciler:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.False(options.IsValid);
    }
}
