using System.Text.Json;
using Ito.Contracts.Baskets;

namespace Ito.Trading.Baskets;

/// <summary>
/// Trading's copy of a basket (from BasketCreated / BasketLegsChanged / BasketVisibilityChanged / BasketDeleted):
/// enough to split an order and to know who may place one.
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

    /// <summary>Private until an event says otherwise: a basket nobody said was public is nobody else's to order.</summary>
    public BasketVisibility Visibility { get; private set; }

    /// <summary>The time of the event that set <see cref="Visibility"/>: basket events can arrive out of order.</summary>
    public DateTimeOffset VisibilitySetAt { get; private set; } = DateTimeOffset.MinValue;

    public string LegsJson { get; private set; } = "[]";

    public bool Deleted { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<BasketLegInfo> Legs => JsonSerializer.Deserialize<List<BasketLegInfo>>(LegsJson) ?? [];

    /// <summary>An order is split across legs: a basket without any (system baskets start empty) takes none.</summary>
    public bool HasLegs => Legs.Count > 0;

    /// <summary>
    /// Whoever may read a basket may order it: system and public baskets are everyone's, a private one its owner's.
    /// </summary>
    public bool IsOrderableBy(Guid userId) =>
        !Deleted && (Kind == BasketKind.System || Visibility == BasketVisibility.Public || OwnerId == userId);

    public void Apply(BasketCreated created)
    {
        Kind = created.Kind;
        OwnerId = created.OwnerId;
        Name = created.Name;
        SetVisibility(created.Visibility, created.CreatedAt);
        SetLegs(created.Legs, created.CreatedAt);
    }

    public void SetVisibility(BasketVisibility visibility, DateTimeOffset at)
    {
        if (at < VisibilitySetAt) return;
        Visibility = visibility;
        VisibilitySetAt = at;
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
