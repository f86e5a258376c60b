using Ito.Categorization.Pipeline.TieBreaks;

namespace Ito.Categorization.Pipeline.Stages;

/// <summary>
/// Stage 9: primary factor → system basket, applying ARCHITECTURE.md's tie-breaks in order. When a rule moves the
/// market, the confidence is that of both baskets together: the evidence was for one of the two, the rule decides which.
/// </summary>
public sealed class SystemBasketStage(IReadOnlyList<ITieBreakRule> rules) : ICategorizationStage
{
    public static IReadOnlyList<ITieBreakRule> DefaultRules { get; } =
    [
        new ElectionJurisdictionRule(),
        new ForeignLeaderRule(),
        new CentralBankRule(),
        new MacroJurisdictionRule(),
        new UsLegalRule(),
        new CryptoEtfRule(),
        new TechProductRule(),
        new CorporateFinanceRule(),
    ];

    public SystemBasketStage() : this(DefaultRules)
    {
    }

    public string Name => "system-basket";

    public void Run(CategorizationContext context)
    {
        if (context.PrimaryFactor < 0)
        {
            context.Contribute(Name, "no primary factor");
            return;
        }

        var factors = context.Taxonomy.Factors;
        var original = context.PrimaryFactor;
        var factor = original;
        List<string>? applied = null;
        foreach (var rule in rules)
        {
            var next = rule.Apply(context, factor);
            if (next == factor) continue;
            (applied ??= []).Add($"{rule.Name}: {factors[factor].Id} -> {factors[next].Id}");
            factor = next;
        }

        if (factor != original)
        {
            var from = factors[original].Basket;
            var to = factors[factor].Basket;
            if (from != to) context.Confidence = Math.Min(1.0, context.BasketProbabilities[from] + context.BasketProbabilities[to]);
            context.RankedFactors.Remove(factor);
            context.RankedFactors.Insert(0, factor);
            context.PrimaryFactor = factor;
            context.Direction = factors[factor].Directional
                ? DirectionStage.Decide(context.Tokens, context.TitleTokenCount, context.Thresholds)
                : MarketDirection.None;
        }
        context.Basket = factors[factor].Basket;
        context.Contribute(Name, applied is null
            ? $"{factors[factor].Id} -> basket {context.Basket}"
            : $"{string.Join("; ", applied)} -> basket {context.Basket}");
    }
}
