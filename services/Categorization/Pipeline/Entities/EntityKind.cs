namespace Ito.Categorization.Pipeline.Entities;

public enum EntityKind
{
    Country,
    UsPlace,
    CentralBank,
    Crypto,
    Commodity,
    Index,
    UsPolitician,
    WorldLeader,
    SportsTeam,
    Athlete,
    Celebrity,
    Company,
    TechCompany,
    AiCompany,
    Regulator,
    HealthAgency,
    SpaceAgency,
    Cartel,
    Institution,
    Alliance,

    /// <summary>Matched by one of the taxonomy's own entity patterns.</summary>
    TaxonomyPattern,
}
