using System.Text.Json;

namespace Ito.Venues.Tests.Support;

/// <summary>
/// Reads the venue vectors and payloads from <c>&lt;repo&gt;/../shared/venues</c>. They are GPL-licensed captures and
/// must never be copied into the repository; CI clones the repo with shared/ beside it.
/// </summary>
public static class SharedFiles
{
    private static readonly Lazy<string> VenuesRoot = new(FindVenuesRoot);
    private static readonly Lazy<JsonDocument> VectorsDocument = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(VenuesRoot.Value, "vectors", "ChloePike-go-polymarket__testdata-vectors.json"))));

    public static JsonElement Vectors => VectorsDocument.Value.RootElement;

    public static string Payload(string fileNamePrefix)
    {
        var folder = Path.Combine(VenuesRoot.Value, "payloads");
        var matches = Directory.GetFiles(folder, fileNamePrefix + "*");
        Assert.True(matches.Length == 1, $"Expected one payload starting with '{fileNamePrefix}', found {matches.Length}.");
        return File.ReadAllText(matches[0]);
    }

    public static IReadOnlyList<string> Payloads(string fileNamePrefix) =>
        Directory.GetFiles(Path.Combine(VenuesRoot.Value, "payloads"), fileNamePrefix + "*").Order(StringComparer.Ordinal).ToList();

    private static string FindVenuesRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ito.Aspire.sln")))
            {
                var venues = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "venues"));
                return Directory.Exists(venues) ? venues : throw new DirectoryNotFoundException($"shared/venues not found beside the repository at {venues}.");
            }
        }

        throw new DirectoryNotFoundException("Ito.Aspire.sln not found above " + AppContext.BaseDirectory);
    }
}
