using System.Net;
using Ito.Contracts.Identity;

namespace Ito.Gateway.Auth;

/// <summary>Identity's gateway-only endpoints (credential checks, usage counts), reached through service discovery.</summary>
public sealed class IdentityCredentialsClient(HttpClient http)
{
    /// <summary>The caller and a token for <paramref name="audience"/>; null when identity does not accept the credential.</summary>
    public async Task<VerifiedCredential?> VerifyAsync(CredentialKind kind, string hash, string audience, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/internal/credentials/verify", new CredentialVerificationRequest(kind, hash, audience), cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized) return null;
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<VerifiedCredential>(cancellationToken);
    }

    public async Task ReportUsageAsync(ApiKeyUsageReport report, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/internal/api-keys/usage", report, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
