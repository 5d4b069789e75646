using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Accounts;

namespace NvzhSurvey.Web.Tests.Accounts.Identity;

[Collection(AppCollection.Name)]
public class PasswordPolicyTests(AppFixture app)
{
    [Fact]
    public async Task A_password_shorter_than_12_characters_is_refused_in_Dutch()
    {
        var errors = await ErrorsForAsync("kort-wacht1");

        errors.Should().ContainSingle().Which.Should().Be("Het wachtwoord moet minstens 12 tekens lang zijn.");
    }

    [Theory]
    [InlineData("wachtwoord123")]
    [InlineData("Welkom123456")]
    [InlineData("qwertyuiop123")]
    [InlineData("Password1234")]
    public async Task A_common_password_is_refused_whatever_its_case(string password)
    {
        var errors = await ErrorsForAsync(password);

        errors.Should().ContainSingle().Which.Should().StartWith("Dit wachtwoord komt voor op een lijst van veelgebruikte wachtwoorden.");
    }

    [Theory]
    [InlineData("paarse fiets op de dijk")]
    [InlineData("zonderhoofdletters")]
    public async Task A_long_uncommon_password_needs_no_digits_capitals_or_punctuation(string password)
    {
        (await ErrorsForAsync(password)).Should().BeEmpty();
    }

    private async Task<IReadOnlyList<string>> ErrorsForAsync(string password)
    {
        using var scope = app.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = $"pw-{Guid.NewGuid():N}@nvzh.example", Email = $"pw-{Guid.NewGuid():N}@nvzh.example" };
        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            errors.AddRange(result.Errors.Select(e => e.Description));
        }

        return errors;
    }
}
