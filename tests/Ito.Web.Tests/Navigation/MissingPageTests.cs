using Ito.Web.Navigation;

namespace Ito.Web.Tests.Navigation;

/// <summary>The not-found page names what was missing only for addresses whose subject a user may look up.</summary>
public sealed class MissingPageTests
{
    [Theory]
    [InlineData("/baskets/6f1c2b1e-0d4e-4c8e-9a57-3c1d2e4f5a6b", "Basket not found")]
    [InlineData("/baskets/6f1c2b1e-0d4e-4c8e-9a57-3c1d2e4f5a6b/", "Basket not found")]
    [InlineData("/developer/keys/6f1c2b1e-0d4e-4c8e-9a57-3c1d2e4f5a6b", "API key not found")]
    [InlineData("/baskets/not-a-guid", "Page not found")]
    [InlineData("/baskets", "Page not found")]
    [InlineData("/admin/suggestions", "Page not found")]
    [InlineData("/nothing/here", "Page not found")]
    [InlineData("", "Page not found")]
    [InlineData(null, "Page not found")]
    public void The_heading_follows_the_original_address(string? originalPath, string heading) =>
        Assert.Equal(heading, MissingPage.For(originalPath).Heading);
}
