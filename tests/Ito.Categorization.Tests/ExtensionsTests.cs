using Ito.Categorization.Pipeline;
using Ito.Categorization.Pipeline.Stages;
using Ito.Categorization.Taxonomy;
using Microsoft.Extensions.DependencyInjection;

namespace Ito.Categorization.Tests;

public sealed class ExtensionsTests
{
    [Fact]
    public void AddCategorizationPipeline_registers_a_working_singleton_pipeline()
    {
        using var provider = new ServiceCollection()
            .AddCategorizationPipeline(options => options.ReviewThreshold = 0.5)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        var pipeline = provider.GetRequiredService<CategorizationPipeline>();
        Assert.Same(pipeline, provider.GetRequiredService<CategorizationPipeline>());
        Assert.Same(provider.GetRequiredService<CategorizationTaxonomy>(), pipeline.Taxonomy);
        Assert.Equal(0.5, provider.GetRequiredService<CategorizationOptions>().ReviewThreshold);
        Assert.NotNull(provider.GetRequiredService<MlClassifierStage>());

        var result = pipeline.Categorize(new MarketText(MarketText.Kalshi, "Will the Fed cut rates in March?"));
        Assert.Equal(4, result.SystemBasket);
    }
}
