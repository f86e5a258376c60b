using System.Net;
using System.Text.Json;
using Ito.Identity.Admin;
using Ito.Identity.Tests.Harness;

namespace Ito.Identity.Tests.Accounts;

/// <summary>The first administrator comes from an operator command with a password the operator chose.</summary>
[Collection(FrontDoorCollection.Name)]
public sealed class CreateAdminCommandTests(GatewayHarness harness)
{
    private readonly HttpClient client = harness.CreateClient();

    [Fact]
    public async Task The_command_creates_an_admin_who_can_list_users_and_refuses_a_weak_password()
    {
        var userName = FrontDoor.NewUserName();
        string[] Args(string name) => [CreateAdminCommand.Name, "--username", name, "--email", name + "@example.com",
            "--ConnectionStrings:identity-db", harness.IdentityDatabase];

        Environment.SetEnvironmentVariable("ITO_ADMIN_PASSWORD", "weak");
        Assert.Equal(1, await CreateAdminCommand.RunAsync(Args(FrontDoor.NewUserName())));

        Environment.SetEnvironmentVariable("ITO_ADMIN_PASSWORD", FrontDoor.Password);
        try
        {
            Assert.Equal(0, await CreateAdminCommand.RunAsync(Args(userName)));
        }
        finally
        {
            Environment.SetEnvironmentVariable("ITO_ADMIN_PASSWORD", null);
        }

        var admin = await client.SignInAsync(userName, FrontDoor.Password);
        using var me = JsonDocument.Parse(await (await admin.SendAsync(HttpMethod.Get, "/api/internal/auth/me")).Content.ReadAsStringAsync());
        Assert.True(me.RootElement.GetProperty("user").GetProperty("isAdmin").GetBoolean());
        var users = await admin.SendAsync(HttpMethod.Get, "/api/internal/users");
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Contains(userName, await users.Content.ReadAsStringAsync());

        var someone = await client.SignUpAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await someone.SendAsync(HttpMethod.Get, "/api/internal/users")).StatusCode);
    }
}
