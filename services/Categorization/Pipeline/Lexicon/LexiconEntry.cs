namespace Ito.Categorization.Pipeline.Lexicon;

/// <summary>A keyword's vote for a factor; multi-word phrases weigh more than single words.</summary>
public readonly record struct LexiconEntry(int Factor, double Weight);
