using MassTransit;

namespace Ito.Trading.Orders;

/// <summary>Runs the executor for a submitted order. Not an inbox consumer: the executor saves as it goes, and is itself idempotent.</summary>
public sealed class BasketOrderSubmittedConsumer(BasketOrderExecutor executor) : IConsumer<BasketOrderSubmitted>
{
    public Task Consume(ConsumeContext<BasketOrderSubmitted> context) =>
        executor.ExecuteAsync(new BasketOrderId(context.Message.OrderId), context.CancellationToken);
}

/// <summary>
/// Sending legs waits on venues, not on the CPU: the bus's default (prefetch = 2 × cores) would queue a burst of
/// users' orders behind a handful of slow venue calls.
/// </summary>
public sealed class BasketOrderSubmittedConsumerDefinition : ConsumerDefinition<BasketOrderSubmittedConsumer>
{
    public const int ConcurrentOrders = 32;

    public BasketOrderSubmittedConsumerDefinition()
    {
        ConcurrentMessageLimit = ConcurrentOrders;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<BasketOrderSubmittedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = ConcurrentOrders;
    }
}
