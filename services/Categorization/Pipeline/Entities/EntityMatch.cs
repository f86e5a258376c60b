using Ito.Categorization.Pipeline.Text;

namespace Ito.Categorization.Pipeline.Entities;

/// <summary>
/// A recognised entity. <see cref="Country"/> is an ISO-like code ("US", "FR", "EU") or empty; it drives the
/// US/non-US tie-breaks. <see cref="FactorIndex"/> is -1 when the entity hints at no single factor (a politician).
/// </summary>
public sealed record EntityMatch(string Name, EntityKind Kind, int FactorIndex, string Country, TextField Field)
{
    public bool IsUs => Country == "US";
    public bool IsForeign => Country.Length > 0 && Country != "US";
}
