namespace Ito.Categorization.Taxonomy;

/// <summary>One of the 18 fixed system baskets (ARCHITECTURE.md); 0 is never a basket, it means "admin review".</summary>
public sealed record SystemBasket(int Number, string Name, string Slug)
{
    public const int ReviewQueue = 0;
    public const string ReviewQueueSlug = "review";
}
