namespace Ito.Testing;

/// <summary>Locates the repository (the folder holding Ito.Aspire.sln) and the shared folder beside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ito.Aspire.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Could not find Ito.Aspire.sln above " + AppContext.BaseDirectory);
    });

    public static string RepositoryRoot => Root.Value;

    /// <summary>The read-only shared folder (docs, venue vectors and payloads) that sits beside the repository.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string InRepository(params string[] parts) => Path.Combine([RepositoryRoot, .. parts]);
}
