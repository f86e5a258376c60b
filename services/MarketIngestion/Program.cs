var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddIngestionServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();
app.MapIngestionApi();

app.Run();

/// <summary>Entry point, visible to <c>WebApplicationFactory</c> in the tests and the benchmark.</summary>
public partial class Program;
