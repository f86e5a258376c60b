using Ito.Identity.Users;

namespace Ito.Identity.Tests.Unit;

public sealed class UserRulesTests
{
    [Theory]
    [InlineData("correct horse battery 42")]
    [InlineData("Tr0ub4dor&3xx")]
    [InlineData("letters and spaces")]
    public void Good_passwords_pass(string password) => Assert.Empty(UserRules.PasswordProblems(password, "alice", "alice@example.com"));

    [Theory]
    [InlineData("short 1")]
    [InlineData("abcdefghijklmnop")]
    [InlineData("1234567890123")]
    [InlineData("!!!!!!!!!!!!!!")]
    [InlineData("alice_wonder1")]
    [InlineData("alice1@example.com")]
    public void Weak_passwords_fail(string password) =>
        Assert.NotEmpty(UserRules.PasswordProblems(password, "alice_wonder1", "alice1@example.com"));

    [Theory]
    [InlineData("al")]
    [InlineData("has space")]
    [InlineData("")]
    public void Bad_usernames_fail(string userName) => Assert.NotEmpty(UserRules.UserNameProblems(userName));

    [Fact]
    public void Bad_emails_fail()
    {
        Assert.NotEmpty(UserRules.EmailProblems("not-an-email"));
        Assert.NotEmpty(UserRules.EmailProblems("Alice <alice@example.com>"));
        Assert.Empty(UserRules.EmailProblems("alice@example.com"));
    }

    [Fact]
    public void Five_failures_lock_for_fifteen_minutes_and_success_resets()
    {
        var now = DateTimeOffset.Parse("2026-01-01T00:00:00Z");
        var user = new User { UserName = "a", NormalizedUserName = "A", Email = "a@x.io", NormalizedEmail = "A@X.IO" };
        for (var i = 0; i < 4; i++) user.RecordFailedSignIn(now);
        Assert.False(user.IsLockedOut(now));

        user.RecordFailedSignIn(now);
        Assert.True(user.IsLockedOut(now.AddMinutes(14)));
        Assert.False(user.IsLockedOut(now.AddMinutes(15)));

        user.RecordSuccessfulSignIn();
        Assert.False(user.IsLockedOut(now));
        Assert.Equal(0, user.FailedSignIns);
    }
}
