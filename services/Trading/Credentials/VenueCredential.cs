using Ito.Contracts;

namespace Ito.Trading.Credentials;

/// <summary>Kalshi keys differ per environment; Polymarket has only the real one.</summary>
public enum VenueEnvironment
{
    Demo,
    Live,
}

/// <summary>
/// A user's credentials for one venue environment, encrypted with Data Protection. Only <see cref="Hint"/> (last 4
/// characters of the public key id / API key) is ever shown back.
/// </summary>
public sealed class VenueCredential
{
    private VenueCredential()
    {
    }

    public VenueCredential(Guid userId, Venue venue, VenueEnvironment environment)
    {
        UserId = userId;
        Venue = venue;
        Environment = environment;
    }

    public Guid UserId { get; private set; }

    public Venue Venue { get; private set; }

    public VenueEnvironment Environment { get; private set; }

    public string Protected { get; private set; } = "";

    public string Hint { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public void Replace(string protectedPayload, string hint, DateTimeOffset at)
    {
        Protected = protectedPayload;
        Hint = hint;
        UpdatedAt = at;
    }
}

/// <summary>A user's trading settings. Demo mode is on until the user turns it off: live orders need a deliberate switch.</summary>
public sealed class TradingAccount
{
    private TradingAccount()
    {
    }

    public TradingAccount(Guid userId)
    {
        UserId = userId;
        DemoMode = true;
    }

    public Guid UserId { get; private set; }

    public bool DemoMode { get; private set; }

    public void SetDemoMode(bool on) => DemoMode = on;
}
