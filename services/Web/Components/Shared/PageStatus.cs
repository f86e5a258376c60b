using Microsoft.AspNetCore.Http;

namespace Ito.Web.Components.Shared;

public static class PageStatus
{
    /// <summary>Answers 404 for a page whose subject does not exist (or is not the caller's to see).</summary>
    public static void NotFound(HttpContext? context)
    {
        if (context is null) return;
        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
