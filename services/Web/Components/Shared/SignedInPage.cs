using Ito.Web.Account;
using Microsoft.AspNetCore.Components;

namespace Ito.Web.Components.Shared;

/// <summary>
/// A page for signed-in users only: anyone else is sent to sign in and brought back afterwards. Pages put their
/// loading in <see cref="OnSignedInAsync"/>, which runs once <see cref="User"/> is known.
/// </summary>
public abstract class SignedInPage : ComponentBase
{
    [Inject] protected UserSession Session { get; set; } = null!;

    [Inject] protected NavigationManager Navigation { get; set; } = null!;

    protected SignedInUser User { get; private set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        var user = await Session.GetUserAsync();
        if (user is null)
        {
            var returnUrl = "/" + Navigation.ToBaseRelativePath(Navigation.Uri);
            Navigation.NavigateTo($"/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
            return;
        }
        User = user;
        await OnSignedInAsync();
    }

    protected virtual Task OnSignedInAsync() => Task.CompletedTask;
}
