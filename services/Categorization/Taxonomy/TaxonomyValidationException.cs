namespace Ito.Categorization.Taxonomy;

/// <summary>Thrown at start-up when the taxonomy file breaks an invariant; the service must not run on a bad taxonomy.</summary>
public sealed class TaxonomyValidationException(IReadOnlyList<string> errors)
    : Exception("Invalid taxonomy: " + string.Join("; ", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
