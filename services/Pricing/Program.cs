using Ito.Pricing.Backfill;
using Ito.Pricing.History;
using Ito.Pricing.Prices;
using Ito.Pricing.Streaming;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddPricingServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApi();

app.MapPriceApi();
app.MapMoversApi();
app.MapHistoryApi();
app.MapStreamApi();
app.MapBackfillApi();

app.Run();

/// <summary>Entry point, visible to <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
