using Ito.Contracts.Identity;
using MassTransit;

namespace Ito.Gateway.Auth;

/// <summary>
/// Evicts a revoked key from the shared credential cache (and this instance's memory) so the next request asks
/// identity, which refuses it. Its queue is durable and shared by the gateway instances: exactly one of them handles
/// each revocation, even one published while every instance was down. Forgetting is idempotent, so redelivery needs
/// no inbox.
/// </summary>
public sealed class ApiKeyRevokedConsumer(VerifiedCredentialCache cache, ILogger<ApiKeyRevokedConsumer> logger) : IConsumer<ApiKeyRevoked>
{
    public async Task Consume(ConsumeContext<ApiKeyRevoked> context)
    {
        await cache.ForgetAsync(context.Message.KeyHash);
        logger.LogInformation("Evicted revoked API key {ApiKeyId} from the credential cache", context.Message.KeyId);
    }
}

/// <summary>
/// The same eviction on every gateway instance: each one has a temporary queue of its own (deleted when it stops),
/// so every instance drops the key from its memory as soon as the revocation is published instead of at the end of
/// <see cref="GatewayOptions.LocalCredentialTtl"/>.
/// </summary>
public sealed class ApiKeyRevokedOnThisInstanceConsumer(VerifiedCredentialCache cache) : IConsumer<ApiKeyRevoked>
{
    public Task Consume(ConsumeContext<ApiKeyRevoked> context) => cache.ForgetAsync(context.Message.KeyHash);
}
