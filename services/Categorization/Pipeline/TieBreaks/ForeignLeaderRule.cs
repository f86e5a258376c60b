using Ito.Categorization.Pipeline.Entities;

namespace Ito.Categorization.Pipeline.TieBreaks;

/// <summary>
/// Foreign leaders belong to basket 3 even when the wording ("out as", "resign") sounds like US politics; and the
/// reverse: a US official's tenure is basket 2 (cabinet) even when the wording sounds like a foreign leader's.
/// </summary>
public sealed class ForeignLeaderRule : ITieBreakRule
{
    private const string ForeignLeaders = "geopolitics.foreign-leaders";

    public string Name => "foreign-leader";

    public int Apply(CategorizationContext context, int factor)
    {
        var current = context.Taxonomy.Factors[factor];
        bool leader = false, usPolitician = false;
        foreach (var entity in context.Entities)
        {
            usPolitician |= entity.Kind == EntityKind.UsPolitician;
            leader |= entity.Kind == EntityKind.WorldLeader;
        }
        if (current.Basket == 2 && leader && !usPolitician) return FactorChoice.BestIn(context, 3, ForeignLeaders);
        if (current.Id == ForeignLeaders && usPolitician && !leader && !Jurisdiction.Of(context).Foreign)
            return FactorChoice.BestIn(context, 2, "government.cabinet");
        return factor;
    }
}
