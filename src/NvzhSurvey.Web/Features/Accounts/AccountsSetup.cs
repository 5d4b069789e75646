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
using Microsoft.Extensions.Options;
using NvzhSurvey.Web.Features.Accounts.Passwords;
using NvzhSurvey.Web.Features.Accounts.PasswordReset;
using NvzhSurvey.Web.Features.Accounts.Security;
using NvzhSurvey.Web.Features.Accounts.Sessions;

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
            // Every request checks the session against the server (logout, absolute lifetime): docs/decisions/007-identity-sessions-end-by-security-stamp.md.
            options.Events.OnValidatePrincipal = SessionValidator.Then(options.Events.OnValidatePrincipal);
            // The API answers 401/403 instead of redirecting to the login page.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });
        services.AddOptions<LoginSessionOptions>().BindConfiguration(LoginSessionOptions.Section);
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<LoginSessionOptions>>((options, sessions) => options.ExpireTimeSpan = sessions.Value.SlidingLifetime);
        // Secure cookies everywhere except Development and Testing (which run on plain http://localhost).
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IHostEnvironment>((options, environment) => options.Cookie.SecurePolicy = SecurePolicyFor(environment));
        services.AddAntiforgery(options => options.Cookie.Name = "nvzh.af");
        services.AddOptions<AntiforgeryOptions>()
            .Configure<IHostEnvironment>((options, environment) => options.Cookie.SecurePolicy = SecurePolicyFor(environment));
        // Disabling a user or changing a role updates the security stamp: cookies notice it at the next request
        // (SessionValidator), open Blazor circuits within a minute; the claims (roles) are refreshed every minute.
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
        services.AddScoped<TwoFactor.TwoFactorSetup>();

        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                // Length and the list of common passwords, no composition rules (OWASP ASVS 2.1).
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                // Authenticator codes are accepted once (ASVS 2.8.4): TwoFactor/SingleUseAuthenticatorTokenProvider.
                options.Tokens.AuthenticatorTokenProvider = TwoFactor.SingleUseAuthenticatorTokenProvider.Name;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SurveyDbContext>()
            .AddSignInManager<SurveySignInManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<TwoFactor.SingleUseAuthenticatorTokenProvider>(TwoFactor.SingleUseAuthenticatorTokenProvider.Name)
            .AddClaimsPrincipalFactory<SurveyClaimsPrincipalFactory>()
            .AddPasswordValidator<CommonPasswordValidator>()
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
