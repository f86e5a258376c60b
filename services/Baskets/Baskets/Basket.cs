using System.Text.RegularExpressions;
using Ito.Contracts;
using Ito.Contracts.Baskets;
using Ito.Baskets.SystemBaskets;

namespace Ito.Baskets.Baskets;

/// <summary>
/// A basket of prediction-market legs. It keeps its own rules: a custom basket holds 1–50 legs, every leg names a
/// known, open market once, with a weight greater than 0; weights are renormalized on every change. System baskets
/// (the 18 of ARCHITECTURE.md) have fixed names, are public, follow categorization and may be empty or large.
/// </summary>
public sealed class Basket
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 2000;
    public const int MaxCustomLegs = 50;

    // A name is shown on other users' screens: markup in it is refused. Any other character (<, >, &, quotes) is
    // kept as given and escaped on output.
    private static readonly Regex Markup = new(@"<\s*/?\s*[a-zA-Z!?]|javascript\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    private readonly List<BasketLeg> legs = [];

    private Basket()
    {
    }

    public Guid Id { get; private set; }

    public BasketKind Kind { get; private set; }

    /// <summary>1–18 for a system basket, null for a custom one.</summary>
    public int? SystemNumber { get; private set; }

    public string? Slug { get; private set; }

    /// <summary>The user who owns a custom basket; null for system baskets, which belong to no one.</summary>
    public Guid? OwnerId { get; private set; }

    public string Name { get; private set; } = "";

    public string? Description { get; private set; }

    public BasketVisibility Visibility { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Concurrency token (PostgreSQL xmin): a save over someone else's newer save fails instead of losing it.</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<BasketLeg> Legs => legs;

    public static Basket CreateCustom(
        Guid ownerId,
        string name,
        string? description,
        BasketVisibility visibility,
        IReadOnlyList<ProposedLeg> proposedLegs,
        IMarketAvailability markets,
        DateTimeOffset now)
    {
        var violations = new RuleViolations();
        CheckDetails(name, description, violations);
        CheckLegs(BasketKind.Custom, proposedLegs, markets, violations);
        violations.ThrowIfAny();

        var basket = new Basket
        {
            Id = Guid.CreateVersion7(now),
            Kind = BasketKind.Custom,
            OwnerId = ownerId,
            Name = name,
            Description = NullIfEmpty(description),
            Visibility = visibility,
            CreatedAt = now,
            UpdatedAt = now,
        };
        basket.SetLegs(proposedLegs);
        return basket;
    }

    public static Basket CreateSystem(SystemBasketDefinition definition, DateTimeOffset now) => new()
    {
        Id = definition.Id,
        Kind = BasketKind.System,
        SystemNumber = definition.Number,
        Slug = definition.Slug,
        Name = definition.Name,
        Description = definition.Description,
        Visibility = BasketVisibility.Public,
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>
    /// Validates legs for a basket of <paramref name="kind"/> without changing anything, keyed by request field.
    /// </summary>
    public static void CheckLegs(BasketKind kind, IReadOnlyList<ProposedLeg> proposedLegs, IMarketAvailability markets, RuleViolations violations)
    {
        if (kind == BasketKind.Custom && proposedLegs.Count == 0)
        {
            violations.Add("legs", "A basket needs at least one leg.");
        }
        if (kind == BasketKind.Custom && proposedLegs.Count > MaxCustomLegs)
        {
            violations.Add("legs", $"A basket holds at most {MaxCustomLegs} legs; {proposedLegs.Count} were given.");
        }

        var seen = new HashSet<MarketId>();
        for (var i = 0; i < proposedLegs.Count; i++)
        {
            var leg = proposedLegs[i];
            if (leg.Weight <= 0) violations.Add($"legs[{i}].weight", "The weight must be greater than 0.");
            else if (leg.Weight > LegWeights.MaxWeight) violations.Add($"legs[{i}].weight", $"The weight must be at most {LegWeights.MaxWeight}.");
            if (!Enum.IsDefined(leg.Side)) violations.Add($"legs[{i}].side", "The side must be YES or NO.");

            if (!seen.Add(leg.MarketId))
            {
                violations.Add($"legs[{i}].marketId", $"Market {leg.MarketId} appears more than once.");
                continue;
            }
            switch (markets.Of(leg.MarketId))
            {
                case MarketAvailability.Unknown:
                    violations.Add($"legs[{i}].marketId", $"Market {leg.MarketId} is not known.");
                    break;
                case MarketAvailability.NotOpen:
                    violations.Add($"legs[{i}].marketId", $"Market {leg.MarketId} is not open.");
                    break;
            }
        }

        if (!violations.Any && proposedLegs.Count > 0)
        {
            var normalized = LegWeights.Normalize(proposedLegs.Select(l => l.Weight).ToList());
            for (var i = 0; i < normalized.Length; i++)
            {
                if (normalized[i] == 0)
                {
                    violations.Add($"legs[{i}].weight", $"The weight is too small next to the others: its share rounds to 0 at {LegWeights.Decimals} decimal places.");
                }
            }
        }
    }

    public bool IsVisibleTo(Guid userId) => Kind == BasketKind.System || Visibility == BasketVisibility.Public || OwnerId == userId;

    /// <summary>Owners change their custom baskets; only admins change system baskets.</summary>
    public bool IsEditableBy(Guid userId, bool isAdmin) => Kind == BasketKind.System ? isAdmin : OwnerId == userId;

    public bool CanBeDeleted => Kind == BasketKind.Custom;

    /// <summary>Replaces name, description, visibility and legs at once (a PUT), or refuses all of it.</summary>
    public void Update(string name, string? description, BasketVisibility visibility, IReadOnlyList<ProposedLeg> proposedLegs, IMarketAvailability markets, DateTimeOffset now)
    {
        var violations = new RuleViolations();
        CheckDetails(name, description, violations);
        if (Kind == BasketKind.System && !string.Equals(name, Name, StringComparison.Ordinal))
        {
            violations.Add("name", $"System basket names are fixed ('{Name}').");
        }
        if (Kind == BasketKind.System && visibility != BasketVisibility.Public)
        {
            violations.Add("visibility", "System baskets are always public.");
        }
        CheckLegs(Kind, proposedLegs, markets, violations);
        violations.ThrowIfAny();

        Name = name;
        Description = NullIfEmpty(description);
        Visibility = visibility;
        SetLegs(proposedLegs);
        UpdatedAt = now;
    }

    /// <summary>Replaces the legs only (an approved suggestion), or refuses.</summary>
    public void ReplaceLegs(IReadOnlyList<ProposedLeg> proposedLegs, IMarketAvailability markets, DateTimeOffset now)
    {
        var violations = new RuleViolations();
        CheckLegs(Kind, proposedLegs, markets, violations);
        violations.ThrowIfAny();
        SetLegs(proposedLegs);
        UpdatedAt = now;
    }

    /// <summary>
    /// A system basket takes a market categorization placed in it, with weight 1 like every leg categorization adds;
    /// a market already held only has its side corrected. Returns whether anything changed.
    /// </summary>
    public bool Include(MarketId marketId, Side side, DateTimeOffset now)
    {
        EnsureSystem();
        var current = legs.Select(l => new ProposedLeg(l.MarketId, l.Side, l.Weight)).ToList();
        var index = current.FindIndex(l => l.MarketId == marketId);
        if (index >= 0 && current[index].Side == side) return false;
        if (index >= 0) current[index] = current[index] with { Side = side };
        else current.Add(new ProposedLeg(marketId, side, SystemLegWeight));
        SetLegs(current);
        UpdatedAt = now;
        return true;
    }

    /// <summary>A system basket lets go of a market (moved elsewhere, sent to review, or closed). Returns whether it held it.</summary>
    public bool Exclude(MarketId marketId, DateTimeOffset now)
    {
        EnsureSystem();
        if (!legs.Any(l => l.MarketId == marketId)) return false;
        SetLegs(legs.Where(l => l.MarketId != marketId).Select(l => new ProposedLeg(l.MarketId, l.Side, l.Weight)).ToList());
        UpdatedAt = now;
        return true;
    }

    public bool Holds(MarketId marketId) => legs.Any(l => l.MarketId == marketId);

    public IReadOnlyList<BasketLegInfo> LegInfos() => legs.OrderBy(l => l.Position).Select(l => l.ToInfo()).ToList();

    /// <summary>The weight categorization gives each leg it adds: equal shares until an admin says otherwise.</summary>
    public const decimal SystemLegWeight = 1m;

    private void SetLegs(IReadOnlyList<ProposedLeg> proposedLegs)
    {
        var normalized = LegWeights.Normalize(proposedLegs.Select(l => l.Weight).ToList());
        legs.Clear();
        for (var i = 0; i < proposedLegs.Count; i++)
        {
            legs.Add(new BasketLeg(proposedLegs[i].MarketId, proposedLegs[i].Side, proposedLegs[i].Weight, i)
            {
                NormalizedWeight = normalized[i],
            });
        }
    }

    private static void CheckDetails(string name, string? description, RuleViolations violations)
    {
        if (string.IsNullOrWhiteSpace(name)) violations.Add("name", "The name is required.");
        else if (name.Length > NameMaxLength) violations.Add("name", $"The name is at most {NameMaxLength} characters.");
        else if (Markup.IsMatch(name)) violations.Add("name", "The name cannot contain HTML tags or script.");
        if (description is { Length: > DescriptionMaxLength })
        {
            violations.Add("description", $"The description is at most {DescriptionMaxLength} characters.");
        }
    }

    private void EnsureSystem()
    {
        if (Kind != BasketKind.System) throw new InvalidOperationException("Only system baskets follow categorization.");
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
