using Ito.Baskets.Baskets;
using Ito.Baskets.Suggestions;
using Ito.Contracts;
using Ito.Contracts.Baskets;
using static Ito.Baskets.Tests.Domain.OpenMarkets;

namespace Ito.Baskets.Tests.Domain;

public sealed class SuggestionRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static SuggestedChange Change(IReadOnlyList<SuggestedLeg>? add = null, IReadOnlyList<MarketId>? remove = null, IReadOnlyList<SuggestedWeight>? reweight = null) =>
        new(null, null, add ?? [], remove ?? [], reweight ?? []);

    [Fact]
    public void A_suggestion_is_reviewed_exactly_once_and_the_review_is_recorded()
    {
        var submitter = Guid.NewGuid();
        var admin = Guid.NewGuid();
        var suggestion = Suggestion.Submit(submitter, Guid.NewGuid(), Change(remove: [Kalshi("A")]), "stale market", Now);
        Assert.Equal(SuggestionStatus.Pending, suggestion.Status);
        Assert.Equal(SuggestionKind.ChangeBasket, suggestion.Kind);

        suggestion.Approve(admin, "agreed", null, Now.AddHours(1));
        Assert.Equal((SuggestionStatus.Approved, admin, Now.AddHours(1), "agreed"),
            (suggestion.Status, suggestion.ReviewedBy, suggestion.ReviewedAt, suggestion.ReviewNotes));

        Assert.Throws<SuggestionAlreadyReviewedException>(() => suggestion.Reject(Guid.NewGuid(), "no", Now.AddHours(2)));
        Assert.Throws<SuggestionAlreadyReviewedException>(() => suggestion.Approve(Guid.NewGuid(), null, null, Now.AddHours(2)));
        Assert.Equal(admin, suggestion.ReviewedBy);
    }

    [Fact]
    public void A_change_removes_reweights_then_appends_in_order()
    {
        var basket = Basket.CreateCustom(Guid.NewGuid(), "Fed", null, BasketVisibility.Public,
            [new(Kalshi("A"), Side.Yes, 1m), new(Kalshi("B"), Side.No, 1m), new(Kalshi("C"), Side.Yes, 1m)], new OpenMarkets(), Now);

        var legs = Change(add: [new SuggestedLeg(Polymarket("0xd"), Side.No, 2m)], remove: [Kalshi("B")], reweight: [new SuggestedWeight(Kalshi("C"), 5m)])
            .ApplyTo(basket.Legs);

        Assert.Equal(
            [new ProposedLeg(Kalshi("A"), Side.Yes, 1m), new ProposedLeg(Kalshi("C"), Side.Yes, 5m), new ProposedLeg(Polymarket("0xd"), Side.No, 2m)],
            legs);
    }
}
