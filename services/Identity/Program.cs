using Ito.Identity.Admin;
using Ito.Identity.ApiKeys;
using Ito.Identity.Credentials;
using Ito.Identity.Sessions;
using Ito.Identity.Signing;
using Ito.Identity.Users;

if (CreateAdminCommand.IsRequested(args)) return await CreateAdminCommand.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddIdentityServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();

app.MapOpenApi();
app.MapDiscoveryApi();
app.MapCredentialsApi();
app.MapAuthApi();
app.MapUsersApi();
app.MapApiKeysApi();

app.Run();
return 0;

public partial class Program;
