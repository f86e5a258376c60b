using Ito.Categorization.Pipeline.Entities;
using Ito.Categorization.Pipeline.Text;

namespace Ito.Categorization.Pipeline.Stages;

/// <summary>
/// Stage 4: named entities (crypto assets, commodities, countries, central banks, indices, people, companies).
/// An entity tied to one factor (Bitcoin, WTI, the ECB) is evidence for it; a broader one (a politician, a company)
/// only hints at baskets; countries are kept for the US/non-US tie-breaks.
/// </summary>
public sealed class EntityStage(EntityRecognizer recognizer) : ICategorizationStage
{
    public string Name => "entities";

    public void Run(CategorizationContext context)
    {
        recognizer.Recognize(context);
        foreach (var entity in context.Entities)
        {
            var fieldWeight = FieldWeights.Of(entity.Field);
            if (entity.FactorIndex >= 0)
            {
                var weight = FactorWeight(entity.Kind) * fieldWeight;
                context.EntityScores[entity.FactorIndex] = Math.Max(context.EntityScores[entity.FactorIndex], weight);
            }
            foreach (var (basket, hint) in BasketHints(entity))
                context.EntityBasketHints[basket] = Math.Max(context.EntityBasketHints[basket], hint * fieldWeight);
        }

        var names = context.Entities.Count == 0
            ? "none"
            : string.Join(", ", context.Entities.Take(12).Select(e => e.Country.Length > 0 ? $"{e.Name} ({e.Kind}, {e.Country})" : $"{e.Name} ({e.Kind})"));
        context.Contribute(Name, names, context.EntityScores);
    }

    private static double FactorWeight(EntityKind kind) => kind switch
    {
        EntityKind.Crypto or EntityKind.Commodity or EntityKind.CentralBank or EntityKind.Index or EntityKind.Cartel => 1.0,
        EntityKind.SportsTeam or EntityKind.Athlete => 1.0,
        EntityKind.TaxonomyPattern => 0.8,
        EntityKind.AiCompany => 0.6,
        EntityKind.Celebrity => 0.5,
        _ => 0.4,
    };

    private static readonly (int, double)[] NoHints = [];
    private static readonly (int, double)[] UsPolitician = [(1, 0.3), (2, 0.4)];
    private static readonly (int, double)[] WorldLeader = [(3, 0.5)];
    private static readonly (int, double)[] Company = [(6, 0.5)];
    private static readonly (int, double)[] TechCompany = [(6, 0.35), (11, 0.35)];
    private static readonly (int, double)[] AiCompany = [(11, 0.5)];
    private static readonly (int, double)[] Regulator = [(17, 0.4)];
    private static readonly (int, double)[] HealthAgency = [(12, 0.5)];
    private static readonly (int, double)[] SpaceAgency = [(16, 0.5)];
    private static readonly (int, double)[] Celebrity = [(15, 0.4)];
    private static readonly (int, double)[] Alliance = [(3, 0.3)];
    private static readonly (int, double)[] Institution = [(18, 0.3)];
    private static readonly (int, double)[] CentralBank = [(4, 0.5)];
    private static readonly (int, double)[] ForeignCountry = [(3, 0.15), (18, 0.15)];

    private static (int Basket, double Hint)[] BasketHints(EntityMatch entity) => entity.Kind switch
    {
        EntityKind.UsPolitician => UsPolitician,
        EntityKind.WorldLeader => WorldLeader,
        EntityKind.Company => Company,
        EntityKind.TechCompany => TechCompany,
        EntityKind.AiCompany => AiCompany,
        EntityKind.Regulator => Regulator,
        EntityKind.HealthAgency => HealthAgency,
        EntityKind.SpaceAgency => SpaceAgency,
        EntityKind.Celebrity => Celebrity,
        EntityKind.Alliance => Alliance,
        EntityKind.Institution => Institution,
        EntityKind.CentralBank => CentralBank,
        EntityKind.Country when entity.IsForeign => ForeignCountry,
        _ => NoHints,
    };
}
