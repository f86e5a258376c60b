using Microsoft.Extensions.DependencyInjection.Extensions;
using Scalar.AspNetCore;

namespace Ito.Web.Docs;

/// <summary>
/// The public API's reference: the merged OpenAPI document at <c>/api/docs/openapi.json</c> and the interactive
/// reference (Scalar, served from this app's own bundled script, no CDN) at <c>/api/docs/</c>. The gateway lets
/// anyone read <c>/api/docs/**</c> and sends it here, like every path no service claims.
/// </summary>
public static class ApiDocsApi
{
    public const string DocumentPath = "/api/docs/openapi.json";
    public const string ReferencePath = "/api/docs/";
    private const string ReferencePrefix = "/api/docs";

    public static IHostApplicationBuilder AddApiDocs(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpClient(PublicApiDocumentProvider.HttpClientName);
        builder.Services.AddSingleton<PublicApiDocumentProvider>();
        return builder;
    }

    public static IEndpointRouteBuilder MapApiDocs(this IEndpointRouteBuilder app)
    {
        app.MapGet(DocumentPath, async (PublicApiDocumentProvider provider, CancellationToken cancellationToken) =>
                TypedResults.Text(await provider.GetJsonAsync(cancellationToken), "application/json; charset=utf-8"))
            .WithName("GetPublicApiDocument")
            .ExcludeFromDescription();

        app.MapScalarApiReference(ReferencePrefix, options => options
            .WithTitle("Itô Markets API reference")
            .WithOpenApiRoutePattern(DocumentPath)
            .AddPreferredSecuritySchemes([PublicApiDocument.SecuritySchemeName])
            .AddHttpAuthentication(PublicApiDocument.SecuritySchemeName, scheme => scheme.Token = "")
            .WithDefaultHttpClient(ScalarTarget.Shell, ScalarClient.Curl)
            // Nothing leaves the site: no web fonts, telemetry, AI agent or MCP from the vendor's servers, and
            // try-it-out requests go straight to the gateway (no proxy), carrying the key typed into the reference.
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideClientButton()
            .HideDeveloperTools());
        return app;
    }
}
