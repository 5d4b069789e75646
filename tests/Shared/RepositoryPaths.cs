namespace NvzhSurvey.Tests.Shared;

/// <summary>Folders of the repository the tests run in (found from the test assembly upwards).</summary>
public static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NvzhSurvey.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("The repository root (NvzhSurvey.sln) was not found.");
        }
    }

    /// <summary>artifacts/NAME, created if missing: screenshots and PDF pages for people to look at.</summary>
    public static string Artifacts(string name)
    {
        var path = Path.Combine(Root, "artifacts", name);
        Directory.CreateDirectory(path);
        return path;
    }
}
