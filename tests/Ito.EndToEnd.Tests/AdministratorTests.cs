using System.Net;
using System.Text.Json;

namespace Ito.EndToEnd.Tests;

/// <summary>How the platform gets its administrators: identity's create-admin command, run by an operator.</summary>
[Collection(SystemCollection.Name)]
public sealed class AdministratorTests(SystemFixture system)
{
    [Fact]
    public async Task A_user_made_admin_with_the_create_admin_command_signs_in_as_an_admin()
    {
        var user = await Accounts.RegisterAsync(system);
        using (var before = await Accounts.SignInAsync(system, user))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await before.GetAsync("/api/internal/users")).StatusCode);
            Assert.False(await IsAdminAsync(before));
        }

        await Accounts.PromoteToAdminAsync(system, user);

        using var after = await Accounts.SignInAsync(system, user);
        Assert.True(await IsAdminAsync(after));
        var users = await after.GetAsync("/api/internal/users");
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Contains(user.UserName, await users.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<bool> IsAdminAsync(HttpClient client)
    {
        var me = JsonDocument.Parse(await client.GetStringAsync("/api/internal/auth/me")).RootElement;
        return me.GetProperty("user").GetProperty("isAdmin").GetBoolean();
    }
}
