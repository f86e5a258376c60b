using Ito.Trading.Credentials;
using Ito.Trading.Orders;
using Ito.Trading.Positions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddTradingServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApi();

app.MapOrdersApi();
app.MapPortfolioApi();
app.MapCredentialsApi();

app.Run();

/// <summary>Entry point, visible to <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
