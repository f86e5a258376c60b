using Xunit;

namespace Ito.Testing;

/// <summary>Waits for an asynchronous effect (a consumed event, a background job) without fixed sleeps.</summary>
public static class Eventually
{
    /// <summary>Polls until the condition holds, failing with <paramref name="what"/> after the timeout.</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out after {timeout.TotalSeconds}s waiting for: {what}");
            await Task.Delay(100);
        }
    }
}
