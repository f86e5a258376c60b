using Ito.Contracts.Identity;
using MassTransit;

namespace Ito.Gateway.Auth;

/// <summary>
/// Evicts a revoked key from the shared credential cache so the next request asks identity (which refuses it).
/// Deleting a missing key changes nothing, so redelivery needs no inbox.
/// </summary>
public sealed class ApiKeyRevokedConsumer(VerifiedCredentialCache cache, ILogger<ApiKeyRevokedConsumer> logger) : IConsumer<ApiKeyRevoked>
{
    public async Task Consume(ConsumeContext<ApiKeyRevoked> context)
    {
        await cache.ForgetAsync(context.Message.KeyHash);
        logger.LogInformation("Evicted revoked API key {ApiKeyId} from the credential cache", context.Message.KeyId);
    }
}
