using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace NvzhSurvey.Web.Tests.Authorization;

/// <summary>
/// Pages, components and endpoints name a policy (<c>Features/Accounts/Policies.cs</c>), never roles: the rules of who may
/// do what stay in one place. Roles are only used inside the policies, the actor and the user administration.
/// </summary>
[Collection(AppCollection.Name)]
public class PoliciesNotRolesTests(AppFixture app)
{
    [Fact]
    public void No_Authorize_attribute_in_the_web_assembly_names_roles()
    {
        var withRoles = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes(typeof(AuthorizeAttribute), inherit: false).Cast<AuthorizeAttribute>()
                .Concat(t.GetMethods().SelectMany(m => m.GetCustomAttributes(typeof(AuthorizeAttribute), inherit: false).Cast<AuthorizeAttribute>()))
                .Where(a => !string.IsNullOrEmpty(a.Roles))
                .Select(a => $"{t.FullName}: Roles = {a.Roles}"))
            .ToList();

        withRoles.Should().BeEmpty("use [Authorize(Policy = Policies.X)]");
    }

    [Fact]
    public void No_page_or_endpoint_of_the_running_app_requires_roles_directly()
    {
        var endpoints = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints;

        var withRoles = endpoints
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Roles))
                || e.Metadata.GetOrderedMetadata<AuthorizationPolicy>().Any(p => p.Requirements.OfType<RolesAuthorizationRequirement>().Any()))
            .Select(e => e.DisplayName)
            .ToList();

        endpoints.Should().Contain(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == NvzhSurvey.Web.Features.Accounts.Policies.Staff),
            "the staff pages are endpoints with their policy (otherwise this test looks at nothing)");
        withRoles.Should().BeEmpty("use .RequireAuthorization(Policies.X) or [Authorize(Policy = Policies.X)]");
    }

    [Fact]
    public void No_razor_file_names_roles_in_AuthorizeView_Authorize_or_IsInRole()
    {
        var web = Path.Combine(SolutionDirectory(), "src", "NvzhSurvey.Web");
        var pattern = new Regex(@"\bRoles\s*=|IsInRole\(|RequireRole\(", RegexOptions.Compiled);

        var offending = Directory.EnumerateFiles(web, "*.razor", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(web, "*.razor.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => pattern.IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(web, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Directory.EnumerateFiles(web, "*.razor", SearchOption.AllDirectories).Should().NotBeEmpty();
        offending.Should().BeEmpty("use <AuthorizeView Policy=\"@Policies.X\"> or IAuthorizationService with a policy");
    }

    internal static string SolutionDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NvzhSurvey.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("NvzhSurvey.sln not found above " + AppContext.BaseDirectory);
    }
}
