using Ito.Identity.Data;
using Ito.Identity.Sessions;
using Ito.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ito.Identity.Users;

/// <summary>Administration of accounts (admins only).</summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/internal/users").WithTags("Users").RequireAuthorization(Policies.Admin);
        users.MapGet("/", ListAsync).WithName("ListUsers").WithSummary("All accounts, newest first (admins only).");
        return app;
    }

    private static async Task<Ok<UserProfile[]>> ListAsync(IdentityDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Users.AsNoTracking().OrderByDescending(u => u.CreatedAt)
            .Select(u => new UserProfile(u.Id, u.UserName, u.Email, u.IsAdmin, u.CreatedAt))
            .ToArrayAsync(cancellationToken));
}
