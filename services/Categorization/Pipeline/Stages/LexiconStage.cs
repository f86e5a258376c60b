using Ito.Categorization.Pipeline.Lexicon;
using Ito.Categorization.Pipeline.Text;

namespace Ito.Categorization.Pipeline.Stages;

/// <summary>Stage 5: the taxonomy's keywords, aliases and phrases, matched on stems, longest phrase first.</summary>
public sealed class LexiconStage(FactorLexicon lexicon) : ICategorizationStage
{
    public string Name => "lexicon";

    public void Run(CategorizationContext context)
    {
        var hits = new List<PhraseHit<LexiconEntry>>();
        lexicon.Score(context.Tokens, context.LexiconScores, hits);
        context.Contribute(Name, $"{hits.Count} keyword matches", context.LexiconScores);
    }
}
