using System.Text.RegularExpressions;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Core.Tests.Time;

/// <summary>
/// The app has one clock (the injected TimeProvider) and one way to show time (DutchTime, Europe/Amsterdam). Reading
/// the machine's clock or zone in src/ makes what people see depend on the server (ADR 017).
/// </summary>
public partial class OneClockGuardTests
{
    [Fact]
    public void No_source_file_reads_the_machines_clock_or_time_zone()
    {
        var source = Path.Combine(RepositoryPaths.Root, "src");
        var files = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        files.Should().Contain(f => f.EndsWith("DutchTime.cs", StringComparison.Ordinal), "the scan must see the source tree");

        var findings = Findings(files, source).ToList();

        findings.Should().BeEmpty("inject TimeProvider and show times with DutchTime (Europe/Amsterdam); found:\n" + string.Join("\n", findings));
    }

    [Fact]
    public void The_guard_recognises_each_forbidden_call_and_skips_comments()
    {
        var file = Path.Combine(Path.GetTempPath(), $"clock-guard-{Guid.NewGuid():N}.razor");
        File.WriteAllLines(file,
        [
            "@(at.ToLocalTime())", "var a = Clock.GetLocalNow();", "var b = DateTime.Now;", "var c = DateTime.Today;",
            "var d = DateTimeOffset.Now;", "var e = TimeZoneInfo.Local;", "var f = DateTime.UtcNow;", "var g = DateTimeOffset.UtcNow;",
            "var h = moment.LocalDateTime;", "var i = DateTimeKind.Local;", "// DateTime.Now in a comment", "/// <c>ToLocalTime</c>",
            "@* GetLocalNow *@", "var ok = DutchTime.Today(Clock);",
        ]);
        try
        {
            Findings([file], Path.GetTempPath()).Select(f => int.Parse(f.Split(':')[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture))
                .Should().Equal(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>"path:line  code" for every forbidden call outside comments.</summary>
    private static IEnumerable<string> Findings(IEnumerable<string> files, string root)
    {
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.StartsWith("//", StringComparison.Ordinal) || line.StartsWith("@*", StringComparison.Ordinal) || line.StartsWith('*'))
                {
                    continue;
                }

                if (Forbidden().Match(line) is { Success: true } match)
                {
                    yield return $"{Path.GetRelativePath(root, file)}:{i + 1} {match.Value} in: {line}";
                }
            }
        }
    }

    [GeneratedRegex(@"\.ToLocalTime\(|\.GetLocalNow\(|\bDateTime(Offset)?\.(Now|UtcNow|Today)\b|\bTimeZoneInfo\.Local\b|\.LocalDateTime\b|\bDateTimeKind\.Local\b")]
    private static partial Regex Forbidden();
}
