namespace Ito.Trading.Tests.Infrastructure;

/// <summary>
/// Test-side faults the simulator cannot make: an order that reaches the venue and is placed, but whose answer
/// never comes back (a timeout after submit). Armed per venue path; sits between the trading service and the
/// in-process simulator.
/// </summary>
public sealed class VenueWire
{
    private int _lostAnswers;
    private string _lostPath = "";
    private string? _lostBodyContains;
    private int _orderPosts;
    private int _answersLost;

    /// <summary>
    /// The next <paramref name="count"/> POSTs whose path ends with <paramref name="pathSuffix"/> (and whose body
    /// contains <paramref name="bodyContains"/>, when given: say, only sells) are placed, then time out.
    /// </summary>
    public void LoseAnswers(string pathSuffix, int count, string? bodyContains = null)
    {
        _lostPath = pathSuffix;
        _lostBodyContains = bodyContains;
        Interlocked.Exchange(ref _lostAnswers, count);
    }

    /// <summary>Order POSTs seen on the wire (both venues), to prove a retry did not re-send.</summary>
    public int OrderPosts => Volatile.Read(ref _orderPosts);

    /// <summary>Answers actually thrown away, so a test knows its fault fired.</summary>
    public int AnswersLost => Volatile.Read(ref _answersLost);

    public void ResetCounters()
    {
        Interlocked.Exchange(ref _orderPosts, 0);
        Interlocked.Exchange(ref _answersLost, 0);
    }

    public HttpMessageHandler Wrap(HttpMessageHandler simulator) => new Handler(this) { InnerHandler = simulator };

    private sealed class Handler(VenueWire wire) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = request.RequestUri!.AbsolutePath;
            var isOrderPost = request.Method == HttpMethod.Post && (path.EndsWith("/portfolio/events/orders", StringComparison.Ordinal) || path.EndsWith("/clob/order", StringComparison.Ordinal));
            if (isOrderPost) Interlocked.Increment(ref wire._orderPosts);
            var matches = isOrderPost && path.EndsWith(wire._lostPath, StringComparison.Ordinal) && wire._lostPath.Length > 0
                && (wire._lostBodyContains is not { } text || (await request.Content!.ReadAsStringAsync(cancellationToken)).Contains(text, StringComparison.Ordinal));
            var response = await base.SendAsync(request, cancellationToken);
            if (matches && Interlocked.Decrement(ref wire._lostAnswers) >= 0)
            {
                response.Dispose();
                Interlocked.Increment(ref wire._answersLost);
                throw new TaskCanceledException("The venue's answer was lost (simulated timeout after submit).", new TimeoutException());
            }

            return response;
        }
    }
}
