using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Ito.Web.Components.Shared;

public static class PageStatus
{
    /// <summary>
    /// Answers 404 with the page's own explanation ("Basket not found"): the site-wide re-execution to the generic
    /// "Page not found" page is switched off for this response.
    /// </summary>
    public static void NotFound(HttpContext? context)
    {
        if (context is null) return;
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages) statusCodePages.Enabled = false;
        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
