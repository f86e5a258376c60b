namespace Ito.Venues;

/// <summary>
/// How a request may be treated by the resilience pipeline. Venues bill reads and writes from separate
/// budgets, and only reads may be retried blindly: a write (an order) is reconciled by its client order id instead.
/// </summary>
public enum VenueRequestKind
{
    Read,
    Write,
}
