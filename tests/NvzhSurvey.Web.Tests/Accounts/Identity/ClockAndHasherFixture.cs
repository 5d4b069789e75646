using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NvzhSurvey.Core.Accounts;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Web.Tests.Accounts.Identity;

/// <summary>An app (no demo data) whose clock the test moves and whose password hasher counts its checks.</summary>
public sealed class ClockAndHasherFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public PasswordCheckCounter Checks { get; } = new();

    public SurveyAppFactory Factory { get; }

    public ClockAndHasherFixture() =>
        Factory = new SurveyAppFactory
        {
            SeedDemoData = false,
            ConfigureServices = services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
                services.RemoveAll<IPasswordHasher<AppUser>>();
                services.AddScoped<IPasswordHasher<AppUser>>(provider => new CountingPasswordHasher(
                    new PasswordHasher<AppUser>(provider.GetRequiredService<IOptions<PasswordHasherOptions>>()), Checks));
            },
        };

    public Task InitializeAsync() => Factory.StartAsync("nvzh_identity");

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public sealed class PasswordCheckCounter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Add() => Interlocked.Increment(ref _count);
    }

    private sealed class CountingPasswordHasher(IPasswordHasher<AppUser> inner, PasswordCheckCounter checks) : IPasswordHasher<AppUser>
    {
        public string HashPassword(AppUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            checks.Add();
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
