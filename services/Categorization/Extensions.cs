using Ito.Categorization.Data;
using Ito.Categorization.Markets;
using Ito.Categorization.Model;
using Ito.Categorization.Pipeline;
using Ito.Categorization.Pipeline.Entities;
using Ito.Categorization.Pipeline.Lexicon;
using Ito.Categorization.Pipeline.Stages;
using Ito.Categorization.Recategorization;
using Ito.Categorization.ReferenceData;
using Ito.Categorization.Taxonomy;
using Ito.Contracts;
using Ito.ServiceDefaults.Auth;
using Ito.ServiceDefaults.Data;
using Ito.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;

namespace Ito.Categorization;

public static class Extensions
{
    /// <summary>Everything the categorization service registers; the host parts (data, consumer, endpoints) join here.</summary>
    public static IHostApplicationBuilder AddCategorizationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<CategorizationOptions>(builder.Configuration.GetSection(CategorizationOptions.SectionName));
        builder.Services.AddCategorizationPipeline();

        builder.AddServiceDatabase<CategorizationDbContext>(ServiceNames.Categorization);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<MarketCategorizer>();
        builder.Services.AddSingleton<Recategorizer>();
        // Hosted services start in order: after the migrations (AddServiceDatabase) and before the bus, so the first
        // message finds the reference data seeded and the model loaded.
        builder.Services.AddHostedService<TaxonomySeeder>();
        builder.Services.AddHostedService<PipelineWarmUp>();
        builder.Services.AddHostedService<RecategorizationWorker>();
        builder.AddServiceBus(ServiceNames.Categorization, bus => bus.AddConsumer<MarketUpsertedConsumer>());

        builder.AddInternalAuthentication(ServiceNames.Categorization);
        builder.Services.AddOpenApi();
        return builder;
    }

    /// <summary>
    /// The in-memory pipeline: taxonomy, gazetteer, model, the ten stages and <see cref="CategorizationPipeline"/>,
    /// all singletons (loaded once, immutable, thread-safe).
    /// </summary>
    public static IServiceCollection AddCategorizationPipeline(this IServiceCollection services, Action<CategorizationOptions>? configure = null)
    {
        var optionsBuilder = services.AddOptions<CategorizationOptions>();
        if (configure is not null) optionsBuilder.Configure(configure);

        services.AddSingleton(sp => sp.GetRequiredService<IOptions<CategorizationOptions>>().Value);
        services.AddSingleton(sp => CategorizationTaxonomy.LoadFile(sp.GetRequiredService<CategorizationOptions>().TaxonomyPath));
        services.AddSingleton(sp =>
        {
            var taxonomy = sp.GetRequiredService<CategorizationTaxonomy>();
            return new EntityRecognizer(taxonomy, Gazetteer.LoadFile(sp.GetRequiredService<CategorizationOptions>().GazetteerPath, taxonomy));
        });
        services.AddSingleton<FactorLexicon>();

        services.AddSingleton<NormalizeStage>();
        services.AddSingleton<TokenizeStage>();
        services.AddSingleton<VenueCategoryStage>();
        services.AddSingleton<EntityStage>();
        services.AddSingleton<LexiconStage>();
        services.AddSingleton(sp => new FactorClassifier(sp.GetRequiredService<CategorizationOptions>().ModelPath, sp.GetRequiredService<CategorizationTaxonomy>()));
        services.AddSingleton(sp => new MlClassifierStage(sp.GetRequiredService<FactorClassifier>()));
        services.AddSingleton<ScoreFusionStage>();
        services.AddSingleton<DirectionStage>();
        services.AddSingleton(_ => new SystemBasketStage());
        services.AddSingleton<OverrideAndReviewStage>();
        services.AddSingleton<CategorizationPipeline>();
        return services;
    }
}
