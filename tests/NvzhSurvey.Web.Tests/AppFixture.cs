using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Web.Tests;

/// <summary>One running app with demo data for the test collection "app" (tests must not depend on each other's changes).</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public SurveyAppFactory Factory { get; } = new();

    public Task InitializeAsync() => Factory.StartAsync();

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
