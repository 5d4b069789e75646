using System.Diagnostics;
using System.Net;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Web.Tests.Faults;

/// <summary>Chromium is missing or hangs during an export: the export fails clearly within the timeout, the app stays healthy.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class HangingChromiumTests : IAsyncLifetime
{
    private readonly string _hangingChromium = Path.Combine(Path.GetTempPath(), $"hanging-chromium-{Guid.NewGuid():N}.sh");
    private SurveyAppFactory _app = default!;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(_hangingChromium, "#!/bin/sh\nsleep 600\n");
        File.SetUnixFileMode(_hangingChromium, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
        _app = new SurveyAppFactory();
        _app.Settings["Publication:ChromiumPath"] = _hangingChromium;
        _app.Settings["Publication:TimeoutSeconds"] = "2";
        await _app.StartAsync("nvzh_hang");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        File.Delete(_hangingChromium);
    }

    [Fact]
    public async Task A_hanging_chromium_fails_the_export_within_the_timeout_and_the_app_stays_healthy()
    {
        var client = await _app.CreateSignedInClientAsync(SurveyAppFactory.AdminEmail);
        var stopwatch = Stopwatch.StartNew();

        var exports = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.GetAsync("/api/v1/editions/2024/publication.pdf")));

        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "each print is stopped after the 2 s timeout");
        foreach (var export in exports)
        {
            export.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            export.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            (await export.Content.ReadAsStringAsync()).Should().Contain("PDF");
        }

        (await client.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/api/v1/editions/2024/report")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_missing_chromium_gives_a_clear_Dutch_error()
    {
        await using var app = new SurveyAppFactory { SeedDemoData = true };
        app.Settings["Publication:ChromiumPath"] = "/nergens/chromium";
        await app.StartAsync("nvzh_nochrome");
        var client = await app.CreateSignedInClientAsync(SurveyAppFactory.AdminEmail);

        var export = await client.GetAsync("/api/v1/editions/2024/publication.pdf");

        export.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await export.Content.ReadAsStringAsync()).Should().Contain("Chromium is niet gevonden");
        (await client.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
