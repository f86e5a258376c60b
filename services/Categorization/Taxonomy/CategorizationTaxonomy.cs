using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ito.Categorization.Taxonomy;

/// <summary>
/// The versioned taxonomy: 18 system baskets, the risk factors under them and the venue-category priors.
/// Immutable after load, so one instance is shared by every stage and thread.
/// </summary>
public sealed partial class CategorizationTaxonomy
{
    public const int BasketCount = 18;
    public const string DefaultFileName = "taxonomy.v1.json";

    private readonly FrozenDictionary<string, RiskFactor> _factorsById;
    private readonly SystemBasket[] _basketsByNumber;

    private CategorizationTaxonomy(
        string version,
        IReadOnlyList<SystemBasket> baskets,
        IReadOnlyList<RiskFactor> factors,
        FrozenDictionary<string, IReadOnlyList<(int Basket, double Weight)>> venueCategories)
    {
        Version = version;
        Baskets = baskets;
        Factors = factors;
        VenueCategories = venueCategories;
        _factorsById = factors.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);
        _basketsByNumber = new SystemBasket[BasketCount + 1];
        foreach (var basket in baskets) _basketsByNumber[basket.Number] = basket;
    }

    public string Version { get; }
    public IReadOnlyList<SystemBasket> Baskets { get; }
    public IReadOnlyList<RiskFactor> Factors { get; }

    /// <summary>Normalised venue category or tag → basket priors (weights in 0..1).</summary>
    public FrozenDictionary<string, IReadOnlyList<(int Basket, double Weight)>> VenueCategories { get; }

    public SystemBasket Basket(int number) =>
        number is >= 1 and <= BasketCount ? _basketsByNumber[number] : throw new ArgumentOutOfRangeException(nameof(number));

    public string SlugOf(int basketNumber) =>
        basketNumber is >= 1 and <= BasketCount ? _basketsByNumber[basketNumber].Slug : SystemBasket.ReviewQueueSlug;

    public bool TryGetFactor(string id, out RiskFactor factor) => _factorsById.TryGetValue(id, out factor!);

    public RiskFactor Factor(string id) =>
        _factorsById.TryGetValue(id, out var factor) ? factor : throw new KeyNotFoundException($"Unknown risk factor '{id}'.");

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Taxonomy", DefaultFileName);

    public static CategorizationTaxonomy LoadDefault() => LoadFile(DefaultPath);

    public static CategorizationTaxonomy LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    public static CategorizationTaxonomy Load(Stream json)
    {
        var document = JsonSerializer.Deserialize<TaxonomyDocument>(json)
            ?? throw new TaxonomyValidationException(["the document is empty"]);
        return FromDocument(document);
    }

    internal static CategorizationTaxonomy FromDocument(TaxonomyDocument document)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(document.Version)) errors.Add("version is missing");

        var baskets = (document.Baskets ?? []).Select(b => new SystemBasket(b.Number, b.Name ?? "", b.Slug ?? "")).ToList();
        ValidateBaskets(baskets, errors);

        var basketNumbers = baskets.Select(b => b.Number).ToHashSet();
        var factors = new List<RiskFactor>();
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in document.Factors ?? [])
        {
            var id = entry.Id ?? "";
            if (!FactorIdShape().IsMatch(id)) errors.Add($"factor id '{id}' is not of the form 'area.name'");
            if (!seenIds.Add(id)) errors.Add($"factor id '{id}' is duplicated");
            if (!basketNumbers.Contains(entry.Basket)) errors.Add($"factor '{id}' names basket {entry.Basket}, which does not exist");
            if (string.IsNullOrWhiteSpace(entry.Description)) errors.Add($"factor '{id}' has no description");
            if ((entry.Keywords?.Count ?? 0) == 0) errors.Add($"factor '{id}' has no keywords");
            if ((entry.Aliases?.Count ?? 0) == 0) errors.Add($"factor '{id}' has no aliases");
            if ((entry.EntityPatterns?.Count ?? 0) == 0) errors.Add($"factor '{id}' has no entity patterns");
            foreach (var pattern in entry.EntityPatterns ?? [])
            {
                if (pattern.StartsWith(RiskFactor.RegexPrefix, StringComparison.Ordinal) && !IsValidRegex(pattern[RiskFactor.RegexPrefix.Length..]))
                    errors.Add($"factor '{id}' has an invalid pattern '{pattern}'");
            }
            factors.Add(new RiskFactor(factors.Count, id, entry.Basket, entry.Description ?? "", entry.Directional,
                entry.Keywords ?? [], entry.Aliases ?? [], entry.WeakKeywords ?? [], entry.EntityPatterns ?? [], entry.PatternExamples ?? []));
        }

        foreach (var basket in baskets.Where(b => factors.All(f => f.Basket != b.Number)))
            errors.Add($"basket {basket.Number} has no risk factor");

        var venueCategories = new Dictionary<string, IReadOnlyList<(int, double)>>(StringComparer.Ordinal);
        foreach (var (category, priors) in document.VenueCategories ?? [])
        {
            var list = new List<(int, double)>();
            foreach (var (basketText, weight) in priors)
            {
                if (!int.TryParse(basketText, out var number) || !basketNumbers.Contains(number) || weight is < 0 or > 1)
                    errors.Add($"venue category '{category}' has a bad prior {basketText}={weight}");
                else list.Add((number, weight));
            }
            venueCategories[category.Trim().ToLowerInvariant()] = list;
        }

        if (errors.Count > 0) throw new TaxonomyValidationException(errors);
        return new CategorizationTaxonomy(document.Version!, baskets.OrderBy(b => b.Number).ToList(), factors,
            venueCategories.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static void ValidateBaskets(List<SystemBasket> baskets, List<string> errors)
    {
        if (baskets.Count != BasketCount) errors.Add($"expected {BasketCount} baskets, found {baskets.Count}");
        for (var number = 1; number <= BasketCount; number++)
        {
            if (baskets.Count(b => b.Number == number) != 1) errors.Add($"basket {number} must appear exactly once");
        }
        foreach (var basket in baskets)
        {
            if (string.IsNullOrWhiteSpace(basket.Name)) errors.Add($"basket {basket.Number} has no name");
            if (!SlugShape().IsMatch(basket.Slug)) errors.Add($"basket {basket.Number} slug '{basket.Slug}' is not kebab-case");
        }
        foreach (var duplicate in baskets.GroupBy(b => b.Slug).Where(g => g.Count() > 1))
            errors.Add($"slug '{duplicate.Key}' is used by more than one basket");
    }

    private static bool IsValidRegex(string pattern)
    {
        try
        {
            // Same engine as EntityRecognizer: a construct it does not support (backreferences, lookarounds) is an error here.
            _ = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*\\.[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex FactorIdShape();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();
}
