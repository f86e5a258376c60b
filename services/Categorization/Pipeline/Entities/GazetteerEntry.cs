namespace Ito.Categorization.Pipeline.Entities;

/// <summary>One row of a gazetteer file: a name (as people write it), what it is, the factor it points to, its country.</summary>
public sealed record GazetteerEntry(string Name, EntityKind Kind, int FactorIndex, string Country);
