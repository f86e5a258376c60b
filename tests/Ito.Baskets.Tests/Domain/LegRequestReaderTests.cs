using System.Text.Json;
using Ito.Baskets.Baskets;
using Ito.Contracts;

namespace Ito.Baskets.Tests.Domain;

public sealed class LegRequestReaderTests
{
    private static (List<ProposedLeg> Legs, Dictionary<string, string[]> Errors) Read(string legsJson)
    {
        var legs = JsonSerializer.Deserialize<List<LegRequest?>>(legsJson, JsonSerializerOptions.Web);
        var violations = new RuleViolations();
        var read = LegRequestReader.Read(legs, "legs", violations);
        return (read, violations.ToDictionary());
    }

    [Fact]
    public void A_well_formed_leg_is_read()
    {
        var (legs, errors) = Read("""[{"marketId":"kalshi:FED-A","side":"yes","weight":2.5},{"marketId":"polymarket:0xab","side":"NO","weight":1}]""");
        Assert.Empty(errors);
        Assert.Equal([new ProposedLeg(MarketId.Parse("kalshi:FED-A"), Side.Yes, 2.5m), new ProposedLeg(MarketId.Parse("polymarket:0xab"), Side.No, 1m)], legs);
    }

    [Theory]
    [InlineData("""{"marketId":"kalshi:A","side":"YES","weight":"NaN"}""", "legs[0].weight")]
    [InlineData("""{"marketId":"kalshi:A","side":"YES","weight":"Infinity"}""", "legs[0].weight")]
    [InlineData("""{"marketId":"kalshi:A","side":"YES","weight":"1"}""", "legs[0].weight")]
    [InlineData("""{"marketId":"kalshi:A","side":"YES","weight":1e400}""", "legs[0].weight")]
    [InlineData("""{"marketId":"kalshi:A","side":"YES","weight":null}""", "legs[0].weight")]
    [InlineData("""{"marketId":"kalshi:A","side":"YES"}""", "legs[0].weight")]
    [InlineData("""{"marketId":"kalshi:A","side":"MAYBE","weight":1}""", "legs[0].side")]
    [InlineData("""{"marketId":"kalshi:A","side":"0","weight":1}""", "legs[0].side")]
    [InlineData("""{"marketId":"kalshi:A","weight":1}""", "legs[0].side")]
    [InlineData("""{"marketId":"nasdaq:AAPL","side":"YES","weight":1}""", "legs[0].marketId")]
    [InlineData("""{"marketId":"FED-A","side":"YES","weight":1}""", "legs[0].marketId")]
    [InlineData("""{"side":"YES","weight":1}""", "legs[0].marketId")]
    public void A_malformed_field_is_named(string legJson, string field)
    {
        var (legs, errors) = Read($"[{legJson}]");
        Assert.Empty(legs);
        Assert.Equal([field], errors.Keys);
    }
}
