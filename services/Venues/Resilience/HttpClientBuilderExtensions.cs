using Microsoft.Extensions.DependencyInjection;

namespace Ito.Venues.Resilience;

internal static class HttpClientBuilderExtensions
{
    /// <summary>
    /// Drops the resilience handlers other code put on every client (ServiceDefaults' <c>AddStandardResilienceHandler</c>
    /// via <c>ConfigureHttpClientDefaults</c>): stacked under ours they would retry order POSTs and double the timeouts.
    /// </summary>
    public static IHttpClientBuilder WithoutPlatformResilience(this IHttpClientBuilder builder)
    {
        // RemoveAllResilienceHandlers is marked experimental in Microsoft.Extensions.Http.Resilience 10.x; it is the
        // supported way to opt one client out of ConfigureHttpClientDefaults, and tests pin its effect.
#pragma warning disable EXTEXP0001
        return builder.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
    }
}
