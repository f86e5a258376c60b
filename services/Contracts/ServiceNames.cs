namespace Ito.Contracts;

/// <summary>
/// Resource names shared by the AppHost, the services (token audiences, queue prefixes) and the tests.
/// </summary>
public static class ServiceNames
{
    public const string Gateway = "gateway";
    public const string Identity = "identity";
    public const string MarketIngestion = "ingestion";
    public const string Categorization = "categorization";
    public const string Baskets = "baskets";
    public const string Pricing = "pricing";
    public const string Trading = "trading";
    public const string Web = "web";
    public const string ExchangeSimulator = "exchange-simulator";

    public const string Postgres = "postgres";
    public const string Redis = "redis";
    public const string RabbitMq = "rabbitmq";

    /// <summary>The services that own a schema of their own; the schema is named after the service.</summary>
    public static readonly IReadOnlyList<string> WithDatabase =
        [Identity, MarketIngestion, Categorization, Baskets, Pricing, Trading];

    /// <summary>The connection-string name of a service's database (its role is limited to its schema).</summary>
    public static string DatabaseOf(string service) => service + "-db";
}
