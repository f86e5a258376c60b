using Microsoft.Extensions.Configuration;
using Ito.AppHost;
using Ito.AppHost.Infrastructure;
using Ito.Contracts;

var builder = DistributedApplication.CreateBuilder(args);
builder.Configuration.AddJsonFile(Path.Combine(builder.AppHostDirectory, "..", ".local", "infra.json"), optional: true);

var infrastructure = builder.AddInfrastructure();
var databases = builder.AddServiceDatabases(infrastructure);
var venues = builder.AddVenues();

var identity = builder.AddBackendService<Projects.Ito_Identity>(ServiceNames.Identity, infrastructure, databases);
// The external scheduler's credential for POST /api/cron/sync-markets (admins can always start a sync).
var cronSecret = builder.AddParameter("cron-secret", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true);
var ingestion = builder.AddBackendService<Projects.Ito_MarketIngestion>(ServiceNames.MarketIngestion, infrastructure, databases, identity)
    .WithVenues(venues)
    .WithEnvironment("Ingestion__CronSecret", ReferenceExpression.Create($"{cronSecret}"));
var categorization = builder.AddBackendService<Projects.Ito_Categorization>(ServiceNames.Categorization, infrastructure, databases, identity);
var baskets = builder.AddBackendService<Projects.Ito_Baskets>(ServiceNames.Baskets, infrastructure, databases, identity);
var pricing = builder.AddBackendService<Projects.Ito_Pricing>(ServiceNames.Pricing, infrastructure, databases, identity)
    .WithVenues(venues);
var trading = builder.AddBackendService<Projects.Ito_Trading>(ServiceNames.Trading, infrastructure, databases, identity)
    .WithVenues(venues)
    .WithPaperTrading(venues)
    .WithReference(pricing);
// Baskets announces the system baskets when it first starts; the services that keep a copy of every basket must
// have their queues bound by then, or those first events have nowhere to go.
baskets.WaitFor(pricing).WaitFor(trading);

var web = builder.AddProject<Projects.Ito_Web>(ServiceNames.Web)
    .WithHttpHealthCheck("/health")
    .WithReference(infrastructure.Redis).WaitFor(infrastructure.Redis);

// Identity only answers the gateway's credential checks when they carry this shared secret.
var gatewaySecret = builder.AddParameter("gateway-secret", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true);
identity.WithEnvironment("InternalAuth__GatewaySecret", ReferenceExpression.Create($"{gatewaySecret}"));

var gateway = builder.AddProject<Projects.Ito_Gateway>(ServiceNames.Gateway)
    .WithHttpHealthCheck("/health")
    .WithEnvironment("InternalAuth__GatewaySecret", ReferenceExpression.Create($"{gatewaySecret}"))
    .WithReference(infrastructure.Redis).WaitFor(infrastructure.Redis)
    .WithReference(infrastructure.RabbitMq).WaitFor(infrastructure.RabbitMq)
    .WithRoutesTo(identity, ingestion, categorization, baskets, pricing, trading, web)
    .WithExternalHttpEndpoints();

// The web frontend renders pages from the same API the browser would call: through the gateway, with the user's
// session. It reads the services directly only for their OpenAPI documents, merged into the public API's reference.
web.WithReference(gateway)
    .WithReference(ingestion).WithReference(categorization).WithReference(baskets).WithReference(pricing).WithReference(trading);

builder.Build().Run();
