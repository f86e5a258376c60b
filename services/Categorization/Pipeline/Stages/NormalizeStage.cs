using Ito.Categorization.Pipeline.Text;

namespace Ito.Categorization.Pipeline.Stages;

/// <summary>Stage 1: every text field in canonical form (no markup, folded case and accents, bounded length).</summary>
public sealed class NormalizeStage(CategorizationOptions options) : ICategorizationStage
{
    // Venues attach a handful of tags; anything beyond this is noise or abuse.
    private const int MaxVenueLabels = 24;

    public string Name => "normalize";

    public void Run(CategorizationContext context)
    {
        var input = context.Input;
        context.Title = TextNormalizer.Normalize(input.Title, options.MaxTextLength);
        context.Context = TextNormalizer.Normalize(JoinContext(input.Subtitle, input.EventTitle), options.MaxTextLength);
        context.Rules = TextNormalizer.Normalize(input.RulesText, options.MaxTextLength);

        AddLabel(context, input.VenueCategory);
        foreach (var tag in input.Tags ?? [])
        {
            if (context.VenueLabels.Count >= MaxVenueLabels) break;
            AddLabel(context, tag);
        }

        context.Contribute(Name, $"title {context.Title.Length} chars, context {context.Context.Length}, rules {context.Rules.Length}, labels [{string.Join(", ", context.VenueLabels)}]");
    }

    private static string? JoinContext(string? subtitle, string? eventTitle) =>
        (subtitle, eventTitle) switch
        {
            (null or "", null or "") => null,
            (null or "", _) => eventTitle,
            (_, null or "") => subtitle,
            _ => subtitle + " \n " + eventTitle,
        };

    private static void AddLabel(CategorizationContext context, string? label)
    {
        var normalized = TextNormalizer.Normalize(label, 64);
        if (normalized.Length > 0 && !context.VenueLabels.Contains(normalized)) context.VenueLabels.Add(normalized);
    }
}
