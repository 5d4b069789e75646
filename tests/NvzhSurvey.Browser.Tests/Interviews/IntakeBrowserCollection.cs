namespace NvzhSurvey.Browser.Tests.Interviews;

/// <summary>
/// The intake browser tests get their own app and database: they start and complete responses, which would change
/// the counts other browser tests (the dashboard) expect from the untouched demo data.
/// </summary>
[CollectionDefinition(Name)]
public sealed class IntakeBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "intake-browser";
}
