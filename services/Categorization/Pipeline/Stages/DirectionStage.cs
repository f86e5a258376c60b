using System.Collections.Frozen;
using Ito.Categorization.Pipeline.Text;

namespace Ito.Categorization.Pipeline.Stages;

/// <summary>
/// Stage 8: does YES move the primary factor up or down? "Will WTI close above $90?" is up, "Will the Fed cut in
/// March?" is down. The first cue in the title wins (in "fall more than 5%" the verb speaks, not "more than");
/// factors that are events rather than quantities (elections, games) are never directional.
/// </summary>
public sealed class DirectionStage : ICategorizationStage
{
    private static readonly FrozenDictionary<string, MarketDirection> VerbCues = BuildVerbCues();

    public string Name => "direction";

    public void Run(CategorizationContext context)
    {
        context.Direction = context.PrimaryFactor >= 0 && context.Taxonomy.Factors[context.PrimaryFactor].Directional
            ? Decide(context.Tokens, context.TitleTokenCount, context.Thresholds)
            : MarketDirection.None;
        context.Contribute(Name, context.PrimaryFactor < 0
            ? "no primary factor"
            : $"{context.Taxonomy.Factors[context.PrimaryFactor].Id}: {context.Direction}");
    }

    internal static MarketDirection Decide(List<Token> tokens, int titleCount, List<Threshold> thresholds)
    {
        var thresholdPosition = thresholds.Count > 0 ? thresholds[0].TokenIndex : int.MaxValue;
        for (var i = 0; i < titleCount && i < thresholdPosition; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word || !VerbCues.TryGetValue(token.Stem, out var cue)) continue;
            // "up or down", "higher or lower": a two-sided question.
            if (i + 2 < titleCount && tokens[i + 1].Text == "or" && VerbCues.ContainsKey(tokens[i + 2].Stem)) return MarketDirection.None;
            return cue;
        }
        return thresholds.Count > 0 ? thresholds[0].Comparator : MarketDirection.None;
    }

    private static FrozenDictionary<string, MarketDirection> BuildVerbCues()
    {
        var cues = new Dictionary<string, MarketDirection>(StringComparer.Ordinal);
        void Add(MarketDirection direction, params string[] words)
        {
            foreach (var word in words) cues[EnglishStemmer.Stem(word)] = direction;
        }
        Add(MarketDirection.Up, "rise", "rises", "rising", "raise", "raises", "hike", "hikes", "increase", "increases", "climb", "climbs",
            "gain", "gains", "up", "higher", "soar", "surge", "jump", "jumps", "high", "above", "over", "exceed", "exceeds", "reach",
            "hit", "hits", "top", "tops", "surpass", "strengthen", "rally", "grow", "grows", "accelerate");
        Add(MarketDirection.Down, "cut", "cuts", "fall", "falls", "drop", "drops", "decline", "declines", "lower", "dip", "dips",
            "plunge", "crash", "down", "negative", "lose", "loses", "sink", "tumble", "deflation", "below", "under", "weaken",
            "low", "slow", "slows", "contract", "contracts", "shrink");
        Add(MarketDirection.None, "hold", "holds", "pause", "unchanged", "steady", "between");
        return cues.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
