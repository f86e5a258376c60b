using Ito.Gateway.Auth;
using Ito.Gateway.Proxy;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseRequestIds();
app.MapReverseProxy(proxy => proxy.UseMiddleware<CallerAuthentication>());

app.Run();

public partial class Program;
