namespace Ito.Categorization.Pipeline;

/// <summary>
/// One step of the pipeline. A stage reads what earlier stages left in the context and adds its own part;
/// it holds no per-call state, so one instance serves all threads.
/// </summary>
public interface ICategorizationStage
{
    string Name { get; }

    void Run(CategorizationContext context);
}
