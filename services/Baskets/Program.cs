var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddBasketsServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();

app.Run();
