namespace Ito.Web.Navigation;

/// <summary>
/// What the not-found page says about the address that was asked for. A page whose subject does not exist answers
/// 404 and the status-code middleware re-executes <c>/not-found</c>; the original path tells it what was missing,
/// so an unknown basket reads "Basket not found" rather than a generic page. Admin pages stay generic on purpose:
/// to anyone else they do not exist.
/// </summary>
public sealed record MissingPage(string Heading, string Explanation)
{
    public static readonly MissingPage Generic = new("Page not found", "There is nothing at this address.");

    private static readonly MissingPage Basket =
        new("Basket not found", "There is no basket at this address, or it is someone else's private basket.");

    private static readonly MissingPage ApiKey =
        new("API key not found", "There is no such API key among yours: it may belong to another account.");

    public static MissingPage For(string? originalPath)
    {
        var segments = (originalPath ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments switch
        {
            ["baskets", var id] when Guid.TryParse(id, out _) => Basket,
            ["developer", "keys", var id] when Guid.TryParse(id, out _) => ApiKey,
            _ => Generic,
        };
    }
}
