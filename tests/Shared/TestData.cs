using System.Text.Json;

namespace NvzhSurvey.Tests.Shared;

/// <summary>Reference files of the test suite (tests/TestData), copied next to the test assembly.</summary>
public static class TestData
{
    /// <summary>Every figure of the 2024 publication (shared/report-2024/figures.json).</summary>
    public static JsonDocument Figures2024() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "figures-2024.json")));
}
