using Ito.Baskets.Baskets;
using Ito.Baskets.SystemBaskets;
using Ito.Contracts;
using Ito.Contracts.Baskets;
using static Ito.Baskets.Tests.Domain.OpenMarkets;

namespace Ito.Baskets.Tests.Domain;

public sealed class BasketRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Owner = Guid.NewGuid();

    private static ProposedLeg Leg(string ticker, decimal weight = 1m, Side side = Side.Yes) => new(Kalshi(ticker), side, weight);

    private static BasketRuleException Refused(IReadOnlyList<ProposedLeg> legs, IMarketAvailability? markets = null, string name = "Fed", string? description = null) =>
        Assert.Throws<BasketRuleException>(() => Basket.CreateCustom(Owner, name, description, BasketVisibility.Private, legs, markets ?? new OpenMarkets(), Now));

    [Fact]
    public void A_valid_basket_keeps_the_given_weights_and_normalizes_them_across_venues()
    {
        var basket = Basket.CreateCustom(Owner, "Rates & crypto", null, BasketVisibility.Public,
            [Leg("FED-A", 3m), new ProposedLeg(Polymarket("0xabc"), Side.No, 1m)], new OpenMarkets(), Now);

        Assert.Equal(BasketKind.Custom, basket.Kind);
        Assert.Equal(Owner, basket.OwnerId);
        Assert.Equal([3m, 1m], basket.Legs.Select(l => l.Weight));
        Assert.Equal([0.75m, 0.25m], basket.Legs.Select(l => l.NormalizedWeight));
        Assert.Equal([Venue.Kalshi, Venue.Polymarket], basket.Legs.Select(l => l.MarketId.Venue));
        Assert.Equal(Side.No, basket.LegInfos()[1].Side);
    }

    [Fact]
    public void No_legs_is_refused() => Assert.Contains("legs", Refused([]).Errors.Keys);

    [Fact]
    public void Fifty_legs_are_fine_and_fifty_one_are_refused()
    {
        var fifty = Enumerable.Range(0, 50).Select(i => Leg($"M{i}")).ToList();
        Assert.Equal(50, Basket.CreateCustom(Owner, "Big", null, BasketVisibility.Private, fifty, new OpenMarkets(), Now).Legs.Count);
        Assert.Contains("legs", Refused([.. fifty, Leg("M50")]).Errors.Keys);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.5)]
    [InlineData(1_000_001)]
    public void A_weight_out_of_range_is_refused_on_that_leg(double weight) =>
        Assert.Equal(["legs[1].weight"], Refused([Leg("A"), Leg("B", (decimal)weight)]).Errors.Keys);

    [Fact]
    public void A_duplicate_market_is_refused_on_its_second_leg() =>
        Assert.Equal(["legs[2].marketId"], Refused([Leg("A"), Leg("B"), Leg("A", side: Side.No)]).Errors.Keys);

    [Fact]
    public void Unknown_and_closed_markets_are_refused()
    {
        var errors = Refused([Leg("A"), Leg("GONE"), Leg("NEVER")], new OpenMarkets(closed: [Kalshi("GONE")], unknown: [Kalshi("NEVER")])).Errors;
        Assert.Equal(["legs[1].marketId", "legs[2].marketId"], errors.Keys.Order());
        Assert.Contains("not open", errors["legs[1].marketId"][0], StringComparison.Ordinal);
        Assert.Contains("not known", errors["legs[2].marketId"][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_name_is_refused(string name) => Assert.Equal(["name"], Refused([Leg("A")], name: name).Errors.Keys);

    [Fact]
    public void Names_are_at_most_100_characters_and_descriptions_2000()
    {
        Basket.CreateCustom(Owner, new string('n', 100), new string('d', 2000), BasketVisibility.Private, [Leg("A")], new OpenMarkets(), Now);
        Assert.Equal(["name"], Refused([Leg("A")], name: new string('n', 101)).Errors.Keys);
        Assert.Equal(["description"], Refused([Leg("A")], description: new string('d', 2001)).Errors.Keys);
    }

    [Fact]
    public void A_name_is_kept_exactly_as_given()
    {
        const string name = "Rates < 4% & \"cuts\" > 'hikes' — Fed/ECB";
        Assert.Equal(name, Basket.CreateCustom(Owner, name, null, BasketVisibility.Private, [Leg("A")], new OpenMarkets(), Now).Name);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Fed <img src=x onerror=alert(1)>")]
    [InlineData("< SCRIPT>x")]
    [InlineData("</b>")]
    [InlineData("<!-- hidden -->")]
    [InlineData("click javascript:alert(1)")]
    public void A_name_with_markup_or_script_is_refused(string name) => Assert.Equal(["name"], Refused([Leg("A")], name: name).Errors.Keys);

    [Fact]
    public void A_weight_whose_share_rounds_to_zero_is_refused() =>
        Assert.Equal(["legs[1].weight"], Refused([Leg("A", 1_000_000m), Leg("B", 0.000001m)]).Errors.Keys);

    [Fact]
    public void Replacing_legs_renormalizes_and_a_refused_replacement_changes_nothing()
    {
        var basket = Basket.CreateCustom(Owner, "Fed", null, BasketVisibility.Private, [Leg("A"), Leg("B")], new OpenMarkets(), Now);
        basket.ReplaceLegs([Leg("A", 1m), Leg("B", 1m), Leg("C", 2m)], new OpenMarkets(), Now.AddMinutes(1));
        Assert.Equal([0.25m, 0.25m, 0.5m], basket.Legs.Select(l => l.NormalizedWeight));

        Assert.Throws<BasketRuleException>(() => basket.ReplaceLegs([Leg("A"), Leg("A")], new OpenMarkets(), Now.AddMinutes(2)));
        Assert.Throws<BasketRuleException>(() => basket.ReplaceLegs([], new OpenMarkets(), Now.AddMinutes(2)));
        Assert.Equal(["A", "B", "C"], basket.Legs.Select(l => l.MarketId.VenueMarketId));
        Assert.Equal(Now.AddMinutes(1), basket.UpdatedAt);
    }

    [Fact]
    public void Only_the_owner_edits_a_custom_basket_and_only_admins_a_system_one()
    {
        var custom = Basket.CreateCustom(Owner, "Fed", null, BasketVisibility.Private, [Leg("A")], new OpenMarkets(), Now);
        var system = Basket.CreateSystem(SystemBasketCatalog.All[6], Now);
        var stranger = Guid.NewGuid();

        Assert.True(custom.IsEditableBy(Owner, isAdmin: false));
        Assert.False(custom.IsEditableBy(stranger, isAdmin: true));
        Assert.False(custom.IsVisibleTo(stranger));
        Assert.True(system.IsVisibleTo(stranger));
        Assert.False(system.IsEditableBy(stranger, isAdmin: false));
        Assert.True(system.IsEditableBy(stranger, isAdmin: true));
        Assert.False(system.CanBeDeleted);
    }

    [Fact]
    public void A_system_basket_keeps_its_name_and_stays_public()
    {
        var system = Basket.CreateSystem(SystemBasketCatalog.All[0], Now);
        var errors = Assert.Throws<BasketRuleException>(() =>
            system.Update("Renamed", null, BasketVisibility.Private, [Leg("A")], new OpenMarkets(), Now)).Errors;
        Assert.Equal(["name", "visibility"], errors.Keys.Order());
        Assert.Equal("US Elections", system.Name);
    }

    [Fact]
    public void A_system_basket_takes_and_lets_go_of_markets_with_equal_weights()
    {
        var system = Basket.CreateSystem(SystemBasketCatalog.All[3], Now);
        Assert.True(system.Include(Kalshi("A"), Side.Yes, Now));
        Assert.True(system.Include(Kalshi("B"), Side.No, Now));
        Assert.True(system.Include(Kalshi("C"), Side.Yes, Now));
        Assert.False(system.Include(Kalshi("C"), Side.Yes, Now));
        Assert.Equal([0.33333334m, 0.33333333m, 0.33333333m], system.Legs.Select(l => l.NormalizedWeight));

        Assert.True(system.Include(Kalshi("C"), Side.No, Now));
        Assert.Equal(Side.No, system.Legs.Single(l => l.MarketId == Kalshi("C")).Side);

        Assert.True(system.Exclude(Kalshi("B"), Now));
        Assert.False(system.Exclude(Kalshi("B"), Now));
        Assert.Equal([0.5m, 0.5m], system.Legs.Select(l => l.NormalizedWeight));
    }

    [Fact]
    public void Custom_baskets_do_not_follow_categorization() =>
        Assert.Throws<InvalidOperationException>(() =>
            Basket.CreateCustom(Owner, "Fed", null, BasketVisibility.Private, [Leg("A")], new OpenMarkets(), Now).Include(Kalshi("B"), Side.Yes, Now));

    [Theory]
    [InlineData(Direction.Up, Side.Yes)]
    [InlineData(Direction.None, Side.Yes)]
    [InlineData(Direction.Down, Side.No)]
    public void The_categorized_direction_gives_the_side(Direction direction, Side side) =>
        Assert.Equal(side, SystemBasketMembership.SideFor(direction));

    [Fact]
    public void The_catalog_has_the_18_system_baskets_with_fixed_ids()
    {
        Assert.Equal(Enumerable.Range(1, 18), SystemBasketCatalog.All.Select(b => b.Number));
        Assert.Equal("Global Economy & FX", SystemBasketCatalog.All[17].Name);
        Assert.Equal("global-economy-fx", SystemBasketCatalog.All[17].Slug);
        Assert.Equal(Guid.Parse("00000000-0000-0000-0000-000000000007"), SystemBasketCatalog.All[6].Id);
        Assert.Equal(18, SystemBasketCatalog.All.Select(b => b.Slug).Distinct().Count());
    }
}
