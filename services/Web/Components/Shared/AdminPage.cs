using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace Ito.Web.Components.Shared;

/// <summary>A page for admins: other signed-in users get a 404, as the API would answer them.</summary>
public abstract class AdminPage : SignedInPage
{
    [CascadingParameter] public HttpContext? HttpContext { get; set; }

    protected bool Allowed { get; private set; }

    protected override async Task OnSignedInAsync()
    {
        Allowed = User.IsAdmin;
        if (!Allowed)
        {
            PageStatus.NotFound(HttpContext);
            return;
        }
        await OnAdminAsync();
    }

    protected virtual Task OnAdminAsync() => Task.CompletedTask;
}
