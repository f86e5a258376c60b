using Ito.Web.Api;

namespace Ito.Web.Account;

public sealed record SignedInUser(Guid Id, string UserName, string Email, bool IsAdmin);

/// <summary>Who is signed in for the request being rendered, asked of identity (through the gateway) at most once.</summary>
public sealed class UserSession(GatewayApi api, IHttpContextAccessor accessor)
{
    private Task<SignedInUser?>? user;

    public bool HasSessionCookie =>
        accessor.HttpContext?.Request.Cookies[SessionForwardingHandler.SessionCookie] is { Length: > 0 };

    public Task<SignedInUser?> GetUserAsync(CancellationToken cancellationToken = default) => user ??= LoadAsync(cancellationToken);

    private async Task<SignedInUser?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!HasSessionCookie) return null;
        var me = await api.GetAsync<MeResponse>("/api/internal/auth/me", cancellationToken);
        return me.Succeeded ? me.Value.User : null;
    }

    private sealed record MeResponse(SignedInUser User);
}
