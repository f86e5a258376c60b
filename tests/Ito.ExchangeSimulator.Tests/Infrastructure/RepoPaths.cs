namespace Ito.ExchangeSimulator.Tests.Infrastructure;

/// <summary>
/// Shared venue material lives next to the repository (<c>&lt;repo&gt;/../shared/venues</c>) and is read at test
/// time, never copied in (its licence does not allow it).
/// </summary>
public static class RepoPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Payloads => Path.Combine(RepoRoot, "..", "shared", "venues", "payloads");

    public static string Payload(string prefix)
    {
        var file = Directory.EnumerateFiles(Payloads, prefix + "*.json").OrderBy(f => f, StringComparer.Ordinal).FirstOrDefault();
        return file ?? throw new FileNotFoundException($"no payload starting with {prefix} in {Payloads}");
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ito.Aspire.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("Ito.Aspire.sln not found above " + AppContext.BaseDirectory);
    }
}
