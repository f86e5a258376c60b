using Ito.ExchangeSimulator;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddExchangeSimulator();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapExchangeSimulator();

app.Run();

/// <summary>Entry point, visible to <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
