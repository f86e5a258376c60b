using Microsoft.Playwright;

namespace Ito.EndToEnd.Tests.Browser;

/// <summary>The two widths every page is checked and photographed at.</summary>
public static class Viewports
{
    /// <summary>A current mid-size phone (iPhone 12–15 CSS pixels).</summary>
    public static ViewportSize Phone => new() { Width = 390, Height = 844 };

    /// <summary>The most common laptop width.</summary>
    public static ViewportSize Desktop => new() { Width = 1366, Height = 900 };

    public static IReadOnlyList<(string Name, ViewportSize Size)> All => [("phone", Phone), ("desktop", Desktop)];
}
