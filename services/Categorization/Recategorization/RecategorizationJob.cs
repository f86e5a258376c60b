namespace Ito.Categorization.Recategorization;

public enum RecategorizationState
{
    Running,
    Completed,
    Failed,
}

/// <summary>Re-running every stored market through a new pipeline version, with progress an admin can read.</summary>
public sealed class RecategorizationJob
{
    public const int ErrorMaxLength = 2000;

    private RecategorizationJob()
    {
    }

    public Guid Id { get; private set; }

    public string PipelineVersion { get; private set; } = "";

    public RecategorizationState State { get; private set; }

    /// <summary>Markets an older pipeline had categorized when the job started (or resumed).</summary>
    public int Total { get; private set; }

    public int Done { get; private set; }

    /// <summary>Markets whose outcome changed, each announced with a new MarketCategorized.</summary>
    public int Changed { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public string? Error { get; private set; }

    public static RecategorizationJob Start(string pipelineVersion, int total, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        PipelineVersion = pipelineVersion,
        State = RecategorizationState.Running,
        Total = total,
        StartedAt = at,
    };

    /// <summary>A job an instance left running (it stopped mid-way) continues with what is still stale.</summary>
    public void Resume(int remaining) => Total = Done + remaining;

    public void Advance(int done, int changed)
    {
        Done += done;
        Changed += changed;
        // Markets an older instance still categorized while this one ran count too.
        if (Done > Total) Total = Done;
    }

    public void Complete(DateTimeOffset at)
    {
        State = RecategorizationState.Completed;
        FinishedAt = at;
    }

    public void Fail(string error, DateTimeOffset at)
    {
        State = RecategorizationState.Failed;
        Error = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        FinishedAt = at;
    }
}
