var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddPricingServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();

app.Run();
