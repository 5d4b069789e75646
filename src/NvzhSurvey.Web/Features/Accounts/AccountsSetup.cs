using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Web.Features.Accounts.ApiTokens;
using NvzhSurvey.Web.Features.Accounts.Invitations;
using NvzhSurvey.Web.Features.Accounts.Mail;
using NvzhSurvey.Web.Features.Accounts.PasswordReset;
using NvzhSurvey.Web.Features.Accounts.Security;

namespace NvzhSurvey.Web.Features.Accounts;

public static class AccountsSetup
{
    public static IServiceCollection AddSurveyAccounts(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenDefaults.Scheme, null);
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "nvzh.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(10);
            // The API answers 401/403 instead of redirecting to the login page.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });
        // Secure cookies everywhere except Development and Testing (which run on plain http://localhost).
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IHostEnvironment>((options, environment) => options.Cookie.SecurePolicy = SecurePolicyFor(environment));
        services.AddAntiforgery(options => options.Cookie.Name = "nvzh.af");
        services.AddOptions<AntiforgeryOptions>()
            .Configure<IHostEnvironment>((options, environment) => options.Cookie.SecurePolicy = SecurePolicyFor(environment));
        // Disabling a user or changing a role updates the security stamp; cookies notice it within a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();
        services.AddSurveyPolicies();
        services.AddSurveyRateLimiting();
        services.AddSurveyMail();
        services.AddScoped<PasswordResetMailer>();
        services.AddScoped<NvzhSurvey.Core.Security.SecurityLog>();
        services.AddScoped<InvitationService>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<Admin.UserAdministration>();
        services.AddScoped<ActorResolver>();
        services.AddScoped<NvzhSurvey.Core.MemberPortal.MemberPortalQueries>();

        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SurveyDbContext>()
            .AddSignInManager<SurveySignInManager>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<DutchIdentityErrorDescriber>();

        // Keys in PostgreSQL: logins survive restarts and work across several app instances.
        services.AddScoped<IdentitySeeder>();
        services.AddScoped<DemoAccountsSeeder>();
        return services;
    }

    private static CookieSecurePolicy SecurePolicyFor(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing") ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
