using Ito.EndToEnd.Tests.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Ito.EndToEnd.Tests.Web;

/// <summary>A user suggests a basket from the builder; an admin approves it in the review queue; the user sees the verdict.</summary>
public sealed class SuggestionsPagesTests(SystemFixture system, BrowserFixture browsers, ITestOutputHelper output)
    : BrowserTest(system, browsers, output)
{
    [Fact]
    public async Task A_suggestion_submitted_in_the_builder_is_pending_then_approved_by_an_admin_with_a_note_the_user_reads()
    {
        var (kalshi, polymarket) = await BuilderMarkets.TwoOpenMarketsAsync(System, Log);
        var name = $"E2E suggestion {Guid.NewGuid():N}"[..27];
        var user = await NewPageAsync();
        await PageAccounts.SignInNewUserAsync(System, user, "/suggestions");

        await OpenAsync(user, BuilderMarkets.DraftUrl(name, (kalshi, "YES", "1"), (polymarket, "YES", "1")));
        await user.GetByRole(AriaRole.Button, new() { Name = "Submit as suggestion" }).ClickAsync();
        // The reason is the API's to demand: its message appears by the field.
        await Expect(user.Locator("#basket-reason-error")).ToBeVisibleAsync(AfterPost.Visible);
        await user.GetByLabel("Reason for a suggestion").FillAsync("Both venues price the same question; together they are a cleaner view.");
        await user.GetByRole(AriaRole.Button, new() { Name = "Submit as suggestion" }).ClickAsync();

        await Expect(user).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/suggestions\\?submitted="), new() { Timeout = AfterPost.Milliseconds });
        var mine = user.GetByRole(AriaRole.Article, new() { Name = name });
        await Expect(mine.GetByText("Pending review")).ToBeVisibleAsync(AfterPost.Visible);
        await Expect(mine.GetByRole(AriaRole.Cell, new() { Name = kalshi.Id })).ToBeVisibleAsync();
        await CheckPageAsync(user, "suggestions");

        var admin = await NewPageInNewSessionAsync();
        await PageAccounts.SignInNewUserAsync(System, admin, "/admin/suggestions", admin: true);
        var queued = await FindInQueueAsync(admin, name);
        await CheckPageAsync(admin, "admin-suggestions");
        await queued.GetByLabel($"Note for the submitter about {name}").FillAsync("Approved: a tidy cross-venue pair.");
        await queued.GetByRole(AriaRole.Button, new() { Name = $"Approve {name}" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Approved “{name}”." })).ToBeVisibleAsync(AfterPost.Visible);
        await Expect(admin.GetByRole(AriaRole.Link, new() { Name = "See the basket it created" })).ToBeVisibleAsync();

        await OpenAsync(user, "/suggestions");
        var decided = user.GetByRole(AriaRole.Article, new() { Name = name });
        await Expect(decided.GetByText("Approved", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(decided.GetByText("Approved: a tidy cross-venue pair.")).ToBeVisibleAsync();
        await Expect(decided.GetByRole(AriaRole.Link, new() { Name = "See the basket it created" })).ToBeVisibleAsync();
    }

    /// <summary>The queue is oldest first: page through it until the suggestion shows (earlier runs may have left others).</summary>
    private static async Task<ILocator> FindInQueueAsync(IPage page, string name)
    {
        var article = page.GetByRole(AriaRole.Article, new() { Name = name });
        for (var pages = 0; pages < 50 && await article.CountAsync() == 0; pages++)
        {
            var next = page.GetByRole(AriaRole.Link, new() { Name = "Next" });
            if (await next.CountAsync() == 0) break;
            await next.ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        await Expect(article).ToBeVisibleAsync(AfterPost.Visible);
        return article;
    }
}
