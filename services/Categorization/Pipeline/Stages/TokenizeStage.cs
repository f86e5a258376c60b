using Ito.Categorization.Pipeline.Text;

namespace Ito.Categorization.Pipeline.Stages;

/// <summary>
/// Stage 2: tokens (stemmed words, numbers, money, percentages, years, months, quarters) for each field, and the
/// thresholds in the title ("above $90").
/// </summary>
public sealed class TokenizeStage : ICategorizationStage
{
    // Only the start of rules text is tokenised: it restates the title and then turns into boilerplate.
    internal const int RulesPrefixLength = 1024;

    public string Name => "tokenize";

    public void Run(CategorizationContext context)
    {
        MarketTokenizer.Tokenize(context.Title, TextField.Title, context.Tokens);
        var titleCount = context.Tokens.Count;
        MarketTokenizer.Tokenize(context.Context, TextField.Context, context.Tokens);
        var rules = context.Rules.Length > RulesPrefixLength ? context.Rules[..RulesPrefixLength] : context.Rules;
        MarketTokenizer.Tokenize(rules, TextField.Rules, context.Tokens);

        ThresholdDetector.Detect(context.Tokens, titleCount, context.Thresholds);

        var summary = $"{titleCount} title tokens, {context.Tokens.Count - titleCount} other";
        if (context.Thresholds.Count > 0)
            summary += "; thresholds: " + string.Join(", ", context.Thresholds.Select(t => $"{t.Comparator} {t.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {t.Unit}"));
        context.Contribute(Name, summary);
    }
}
