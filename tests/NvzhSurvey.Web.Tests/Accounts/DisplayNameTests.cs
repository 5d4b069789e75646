using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Web.Tests.Accounts;

[Collection(AppCollection.Name)]
public class DisplayNameTests(AppFixture app)
{
    [Fact]
    public async Task The_app_bar_shows_the_signed_in_users_display_name_not_their_e_mail_address()
    {
        var email = $"naam-{Guid.NewGuid():N}@nvzh.example";
        await app.Factory.CreateUserAsync(email, Roles.Staff);
        using (var scope = app.Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.DisplayName = "Anne de Vries";
            (await users.UpdateAsync(user)).Succeeded.Should().BeTrue();
        }

        var client = await app.Factory.CreateSignedInClientAsync(email);
        var page = await client.GetStringAsync("/");

        page.Should().Contain("Anne de Vries").And.NotContain(email);
    }
}
