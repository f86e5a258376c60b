using System.Text.Json;
using Ito.Contracts.Baskets;

namespace Ito.Trading.Baskets;

/// <summary>
/// Trading's copy of a basket (from BasketCreated / BasketLegsChanged / BasketDeleted): enough to split an order.
/// A deleted basket stays so old orders still name it, but takes no new orders.
/// </summary>
public sealed class TradableBasket
{
    private TradableBasket()
    {
    }

    public TradableBasket(Guid id)
    {
        Id = id;
    }

    public Guid Id { get; private set; }

    public BasketKind Kind { get; private set; }

    public Guid? OwnerId { get; private set; }

    public string Name { get; private set; } = "";

    public string LegsJson { get; private set; } = "[]";

    public bool Deleted { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<BasketLegInfo> Legs => JsonSerializer.Deserialize<List<BasketLegInfo>>(LegsJson) ?? [];

    /// <summary>An order is split across legs: a basket without any (system baskets start empty) takes none.</summary>
    public bool HasLegs => Legs.Count > 0;

    /// <summary>System baskets are everyone's; a custom basket is orderable by its owner only.</summary>
    public bool IsOrderableBy(Guid userId) => !Deleted && (Kind == BasketKind.System || OwnerId == userId);

    public void Apply(BasketCreated created)
    {
        Kind = created.Kind;
        OwnerId = created.OwnerId;
        Name = created.Name;
        SetLegs(created.Legs, created.CreatedAt);
    }

    /// <summary>A legs change also says whose basket it is: it repairs a basket whose creation this service missed.</summary>
    public void Apply(BasketLegsChanged changed)
    {
        if (changed.Kind is { } kind) Kind = kind;
        if (changed.OwnerId is { } owner) OwnerId ??= owner;
        if (!string.IsNullOrEmpty(changed.Name)) Name = changed.Name;
        SetLegs(changed.Legs, changed.ChangedAt);
    }

    public void SetLegs(IReadOnlyList<BasketLegInfo> legs, DateTimeOffset at)
    {
        // Events can arrive out of order: an older leg list never replaces a newer one.
        if (at < UpdatedAt) return;
        LegsJson = JsonSerializer.Serialize(legs);
        UpdatedAt = at;
    }

    public void Delete(DateTimeOffset at)
    {
        Deleted = true;
        UpdatedAt = at > UpdatedAt ? at : UpdatedAt;
    }
}
