using Ito.Baskets.Baskets;
using Ito.Baskets.Suggestions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddBasketsServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();

app.MapOpenApi();
app.MapBasketsApi();
app.MapSuggestionsApi();

app.Run();

public partial class Program;
