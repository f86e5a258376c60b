using System.Security.Claims;
using Ito.Contracts.Identity;
using Ito.Identity.Data;
using Ito.Identity.Users;
using Ito.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ito.Identity.Sessions;

/// <summary>Registration, sign-in (sets the session cookie), sign-out and "who am I".</summary>
public static class AuthApi
{
    private const string InvalidCredentials = "The username or password is incorrect.";
    private const int MaxConcurrentSignInRetries = 10;

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/internal/auth").WithTags("Auth");
        auth.MapPost("/register", RegisterAsync).AllowAnonymous()
            .WithName("Register").WithSummary("Create an account (password: 12+ characters, two character classes, not the username or email).");
        auth.MapPost("/login", LoginAsync).AllowAnonymous()
            .WithName("Login").WithSummary("Sign in; sets the 30-day session cookie and the antiforgery cookie. Five failures lock the account for 15 minutes.");
        auth.MapPost("/logout", LogoutAsync).RequireAuthorization(Policies.Authenticated)
            .WithName("Logout").WithSummary("End this browser's session and clear its cookies.");
        auth.MapGet("/me", MeAsync).RequireAuthorization(Policies.Authenticated)
            .WithName("Me").WithSummary("The calling user, and the API key and scopes in use.");
        return app;
    }

    private static async Task<Results<Created<UserProfile>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        RegisterRequest request, IdentityDbContext db, IPasswordHasher<User> hasher, TimeProvider clock, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>();
        AddProblems(problems, "userName", UserRules.UserNameProblems(request.UserName));
        AddProblems(problems, "email", UserRules.EmailProblems(request.Email));
        AddProblems(problems, "password", UserRules.PasswordProblems(request.Password, request.UserName, request.Email));
        if (problems.Count > 0) return TypedResults.ValidationProblem(problems);

        var user = new User
        {
            UserName = request.UserName!.Trim(),
            NormalizedUserName = User.Normalize(request.UserName),
            Email = request.Email!.Trim(),
            NormalizedEmail = User.Normalize(request.Email),
            CreatedAt = clock.GetUtcNow(),
        };
        if (await db.Users.AnyAsync(u => u.NormalizedUserName == user.NormalizedUserName || u.NormalizedEmail == user.NormalizedEmail, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Username or email is already registered.");
        }
        user.PasswordHash = hasher.HashPassword(user, request.Password!);
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two registrations raced for the same name; the unique index kept one.
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Username or email is already registered.");
        }
        return TypedResults.Created("/api/internal/auth/me", Profile(user));
    }

    private static async Task<Results<Ok<UserProfile>, ValidationProblem, ProblemHttpResult>> LoginAsync(
        LoginRequest request, HttpContext context, IdentityDbContext db, IPasswordHasher<User> hasher, SessionCookies cookies,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.UserName)) problems["userName"] = ["Username is required."];
        if (string.IsNullOrEmpty(request.Password)) problems["password"] = ["Password is required."];
        if (problems.Count > 0) return TypedResults.ValidationProblem(problems);

        var normalized = User.Normalize(request.UserName!);
        for (var attempt = 0; ; attempt++)
        {
            var now = clock.GetUtcNow();
            var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedUserName == normalized || u.NormalizedEmail == normalized, cancellationToken);
            if (user is null)
            {
                // Hash anyway so an unknown name takes as long as a wrong password.
                hasher.HashPassword(new User { UserName = "", NormalizedUserName = "", Email = "", NormalizedEmail = "" }, request.Password!);
                return Unauthorized();
            }
            if (user.IsLockedOut(now)) return LockedOut(context, user.LockedUntil!.Value - now);

            var verdict = hasher.VerifyHashedPassword(user, user.PasswordHash, request.Password!);
            Session? session = null;
            string? token = null;
            if (verdict != PasswordVerificationResult.Failed)
            {
                user.RecordSuccessfulSignIn();
                if (verdict == PasswordVerificationResult.SuccessRehashNeeded) user.PasswordHash = hasher.HashPassword(user, request.Password!);
                (session, token) = Session.Start(user.Id, now);
                db.Sessions.Add(session);
            }
            else
            {
                user.RecordFailedSignIn(now);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxConcurrentSignInRetries)
            {
                // Another sign-in attempt changed this user's counters first: count this one on top of it.
                db.ChangeTracker.Clear();
                continue;
            }

            if (session is null || token is null) return Unauthorized();
            cookies.Append(context, token, session.ExpiresAt);
            return TypedResults.Ok(Profile(user));
        }
    }

    private static async Task<NoContent> LogoutAsync(HttpContext context, IdentityDbContext db, SessionCookies cookies, CancellationToken cancellationToken)
    {
        // The gateway forwards identity's own session cookie to this route only, so the session can be ended.
        if (context.Request.Cookies[SessionCookies.SessionCookie] is { Length: > 0 } token)
        {
            var hash = CredentialHash.Of(token);
            await db.Sessions.Where(s => s.TokenHash == hash).ExecuteDeleteAsync(cancellationToken);
        }
        cookies.Clear(context);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<CallerProfile>, NotFound>> MeAsync(
        ClaimsPrincipal principal, CurrentUser caller, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == caller.Id, cancellationToken);
        if (user is null) return TypedResults.NotFound();
        var apiKeyId = Guid.TryParse(principal.FindFirstValue(InternalToken.ApiKeyClaim), out var keyId) ? keyId : (Guid?)null;
        var scopes = principal.FindAll(InternalToken.ScopeClaim).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        return TypedResults.Ok(new CallerProfile(Profile(user), apiKeyId, scopes));
    }

    private static UserProfile Profile(User user) => new(user.Id, user.UserName, user.Email, user.IsAdmin, user.CreatedAt);

    private static ProblemHttpResult Unauthorized() =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed.", detail: InvalidCredentials);

    private static ProblemHttpResult LockedOut(HttpContext context, TimeSpan remaining)
    {
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(remaining.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many failed sign-ins.",
            detail: $"This account is locked for {User.LockoutDuration.TotalMinutes:0} minutes after {User.MaxFailedSignIns} failed sign-ins.");
    }

    private static void AddProblems(Dictionary<string, string[]> problems, string field, IEnumerable<string> messages)
    {
        var list = messages.ToArray();
        if (list.Length > 0) problems[field] = list;
    }
}
