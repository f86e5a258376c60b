using System.Net;
using Ito.Identity.Tests.Harness;

namespace Ito.Identity.Tests.Gateway;

/// <summary>Passwords, API keys and session tokens never reach a log line, at any level, in either host.</summary>
[Collection(FrontDoorCollection.Name)]
public sealed class SecretLoggingTests(GatewayHarness harness)
{
    private readonly HttpClient client = harness.CreateClient();

    [Fact]
    public async Task Register_login_key_creation_and_use_log_no_secret()
    {
        var before = harness.Logs.Lines.Count;
        var session = await client.SignUpAsync();
        await client.PostAsync("/api/internal/auth/login", System.Net.Http.Json.JsonContent.Create(new { userName = session.UserName, password = "wrong but secret-ish 9" }));
        var (key, id) = await session.CreateKeyAsync(["markets:read"]);
        Assert.Equal(HttpStatusCode.OK, (await client.SendWithKeyAsync(HttpMethod.Get, "/api/v1/markets", key)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await session.SendAsync(HttpMethod.Delete, $"/api/internal/api-keys/{id}")).StatusCode);
        // The gateway's revocation consumer logs the key id: once it appears, the capture has heard both hosts.
        await Ito.Testing.Eventually.TrueAsync(() => Task.FromResult(harness.Logs.Lines.Any(l => l.Contains(id.ToString()) && l.Contains("Evicted"))),
            TimeSpan.FromSeconds(5), "the gateway to log the revocation");

        Assert.True(harness.Logs.Lines.Count > before, "the capture saw no log lines at all");
        string[] secrets = [FrontDoor.Password, "wrong but secret-ish 9", key, key[16..], session.Cookie("ito_session"), session.Cookie("ito_csrf")];
        foreach (var line in harness.Logs.Lines)
        {
            foreach (var secret in secrets) Assert.DoesNotContain(secret, line);
        }
    }
}
