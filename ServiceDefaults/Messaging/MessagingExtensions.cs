using Ito.Contracts;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ito.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// The MassTransit bus on RabbitMQ (<c>ConnectionStrings:rabbitmq</c>). Queues are prefixed with the service name
    /// so every service gets its own copy of an event; failed messages are retried with backoff, then moved to the
    /// queue's <c>_error</c> queue while the rest keep flowing.
    /// </summary>
    public static IHostApplicationBuilder AddServiceBus(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? configureConsumers = null)
    {
        var connectionString = builder.Configuration.GetConnectionString(ServiceNames.RabbitMq);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ServiceNames.RabbitMq} is not configured. Start the system through the AppHost " +
                "(see README.md) or set the connection string.");
        }

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            configureConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString));
                rabbit.UseMessageRetry(retry => retry.Exponential(
                    retryLimit: 4,
                    minInterval: TimeSpan.FromMilliseconds(100),
                    maxInterval: TimeSpan.FromSeconds(2),
                    intervalDelta: TimeSpan.FromMilliseconds(200)));
                rabbit.ConfigureEndpoints(context);
            });
        });

        // Start-up waits for the bus: until the queues are bound, an event published to an exchange has nowhere to
        // go and is dropped, so a service must not report itself started (or publish) before that.
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromMinutes(1);
        });
        return builder;
    }
}
