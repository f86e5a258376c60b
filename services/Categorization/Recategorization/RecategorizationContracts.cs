namespace Ito.Categorization.Recategorization;

public sealed record RecategorizationJobDetails(
    Guid Id,
    string PipelineVersion,
    string State,
    int Total,
    int Done,
    int Changed,
    double Progress,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string? Error)
{
    public static RecategorizationJobDetails From(RecategorizationJob job) => new(
        job.Id, job.PipelineVersion, job.State.ToString().ToLowerInvariant(), job.Total, job.Done, job.Changed,
        job.Total == 0 ? 1 : Math.Round((double)job.Done / job.Total, 4), job.StartedAt, job.FinishedAt, job.Error);
}
