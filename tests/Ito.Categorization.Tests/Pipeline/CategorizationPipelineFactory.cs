using Ito.Categorization.Pipeline;

namespace Ito.Categorization.Tests.Pipeline;

internal static class CategorizationPipelineFactory
{
    public static CategorizationPipeline WithReviewThreshold(double threshold) =>
        CategorizationPipeline.CreateDefault(new CategorizationOptions { ReviewThreshold = threshold });
}
