using Ito.Contracts;
using Ito.Identity.Data;
using Ito.Identity.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ito.Identity.Admin;

/// <summary>
/// Creates the first administrator, or makes an existing user one. There is no default admin password:
/// <code>
/// ITO_ADMIN_PASSWORD='…' dotnet run --project services/Identity -- create-admin --username alice --email alice@example.com
/// echo '…' | dotnet run --project services/Identity -- create-admin --username alice --email alice@example.com
/// </code>
/// It needs only <c>ConnectionStrings:identity-db</c> (environment <c>ConnectionStrings__identity-db</c>).
/// </summary>
public static class CreateAdminCommand
{
    public const string Name = "create-admin";
    private const string PasswordVariable = "ITO_ADMIN_PASSWORD";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(string[] args)
    {
        var userName = Option(args, "--username");
        var email = Option(args, "--email");
        if (userName is null || email is null)
        {
            await Console.Error.WriteLineAsync($"Usage: {Name} --username <name> --email <address>  (password from ${PasswordVariable} or standard input)");
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(args[1..]);
        var connectionString = builder.Configuration.GetConnectionString(ServiceNames.DatabaseOf(ServiceNames.Identity));
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            await Console.Error.WriteLineAsync($"ConnectionStrings:{ServiceNames.DatabaseOf(ServiceNames.Identity)} is not configured.");
            return 2;
        }
        builder.Services.AddDbContext<IdentityDbContext>(options => options.UseNpgsql(connectionString,
            npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", IdentityDbContext.SchemaName)));
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        await db.Database.MigrateAsync();

        var normalized = User.Normalize(userName);
        var existing = await db.Users.FirstOrDefaultAsync(u => u.NormalizedUserName == normalized);
        if (existing is not null)
        {
            existing.IsAdmin = true;
            await db.SaveChangesAsync();
            Console.WriteLine($"User '{existing.UserName}' is now an administrator.");
            return 0;
        }

        var password = Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Console.In.ReadLine() ?? "";
        var problems = UserRules.UserNameProblems(userName).Concat(UserRules.EmailProblems(email))
            .Concat(UserRules.PasswordProblems(password, userName, email)).ToList();
        if (problems.Count > 0)
        {
            foreach (var problem in problems) await Console.Error.WriteLineAsync(problem);
            return 1;
        }

        var user = new User
        {
            UserName = userName.Trim(),
            NormalizedUserName = normalized,
            Email = email.Trim(),
            NormalizedEmail = User.Normalize(email),
            IsAdmin = true,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        user.PasswordHash = new PasswordHasher<User>().HashPassword(user, password);
        db.Users.Add(user);
        await db.SaveChangesAsync();
        Console.WriteLine($"Administrator '{user.UserName}' created.");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
