using Ito.Categorization.Pipeline.Entities;

namespace Ito.Categorization.Pipeline.TieBreaks;

/// <summary>Whether the market's entities place it in the US, abroad, or both (from countries, places, people, agencies).</summary>
public readonly record struct Jurisdiction(bool Us, bool Foreign, string? ForeignCountry)
{
    public bool OnlyForeign => Foreign && !Us;
    public bool OnlyUs => Us && !Foreign;

    public static Jurisdiction Of(CategorizationContext context)
    {
        var us = false;
        string? foreign = null;
        foreach (var entity in context.Entities)
        {
            // Central banks and commodities carry a country but say nothing about where a political event happens.
            if (entity.Kind is EntityKind.CentralBank or EntityKind.Index or EntityKind.Company or EntityKind.TechCompany) continue;
            if (entity.IsUs) us = true;
            else if (entity.IsForeign) foreign ??= entity.Country;
        }
        return new Jurisdiction(us, foreign is not null, foreign);
    }
}
