using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Aspire.Hosting.Testing;
using Ito.Contracts;
using Ito.EndToEnd.Tests.Browser;

namespace Ito.EndToEnd.Tests;

/// <summary>Accounts made the way an operator and the API make them, for tests that need one without the web pages.</summary>
public static class Accounts
{
    public static async Task<TestUser> RegisterAsync(SystemFixture system)
    {
        var user = TestUser.CreateUnique();
        using var client = system.CreateGatewayClientWithCookies();
        var response = await client.PostAsJsonAsync("/api/internal/auth/register",
            new { userName = user.UserName, email = user.Email, password = user.Password });
        Assert.True(response.IsSuccessStatusCode, $"register {user.UserName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return user;
    }

    /// <summary>
    /// An API client signed in as <paramref name="user"/> the way the browser is: session cookie, plus the
    /// <c>X-CSRF-Token</c> header echoing the <c>ito_csrf</c> cookie, which the gateway wants on every change.
    /// </summary>
    public static async Task<HttpClient> SignInAsync(SystemFixture system, TestUser user)
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, UseCookies = true })
        {
            BaseAddress = system.Gateway.BaseAddress,
        };
        var login = await client.PostAsJsonAsync("/api/internal/auth/login", new { userName = user.UserName, password = user.Password });
        Assert.True(login.IsSuccessStatusCode, $"login {user.UserName}: {(int)login.StatusCode} {await login.Content.ReadAsStringAsync()}");
        var csrf = cookies.GetCookies(client.BaseAddress!)["ito_csrf"]?.Value;
        Assert.False(string.IsNullOrEmpty(csrf), "signing in set no ito_csrf cookie");
        client.DefaultRequestHeaders.Add("X-CSRF-Token", csrf);
        return client;
    }

    /// <summary>
    /// Makes an existing user an administrator with identity's own <c>create-admin</c> command (the documented way to
    /// get the first admin; there is no default admin), run against this system's identity database. Do it before the
    /// user signs in: the gateway caches a session's verified claims for a minute.
    /// </summary>
    public static async Task PromoteToAdminAsync(SystemFixture system, TestUser user)
    {
        var connectionString = await system.App.GetConnectionStringAsync(ServiceNames.DatabaseOf(ServiceNames.Identity))
            ?? throw new InvalidOperationException("The AppHost gave no identity database connection string.");
        var identity = IdentityAssemblyPath();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { identity, "create-admin", "--username", user.UserName, "--email", user.Email },
            WorkingDirectory = Path.GetDirectoryName(identity)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.Environment[$"ConnectionStrings__{ServiceNames.DatabaseOf(ServiceNames.Identity)}"] = connectionString;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"create-admin exited {process.ExitCode}: {await output} {await errors}");
    }

    /// <summary>Identity's build output, of the same configuration and target framework as this test assembly.</summary>
    private static string IdentityAssemblyPath()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (configuration, framework) = (testOutput.Parent!.Name, testOutput.Name);
        var project = Path.GetDirectoryName(new Projects.Ito_Identity().ProjectPath)!;
        var assembly = Path.Combine(project, "bin", configuration, framework, "Ito.Identity.dll");
        return File.Exists(assembly)
            ? assembly
            : throw new InvalidOperationException($"Identity is not built at {assembly} (the AppHost reference builds it).");
    }
}
