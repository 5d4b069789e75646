using System.Diagnostics;

namespace NvzhSurvey.Benchmarks;

/// <summary>Times an action several times after a warm-up and reports the median (and min/max) in milliseconds.</summary>
public static class Measure
{
    public sealed record Result(double Median, double Min, double Max, int Runs);

    /// <summary>
    /// A throwaway benchmark database: <c>nvzh_bench_{purpose}</c>, or <c>{NVZH_BENCH_DATABASE}_{purpose}</c> when that is
    /// set, so benchmarks of two checkouts on one machine do not drop each other's database.
    /// </summary>
    public static string DatabaseName(string purpose) =>
        (Environment.GetEnvironmentVariable("NVZH_BENCH_DATABASE") is { Length: > 0 } prefix ? prefix : "nvzh_bench") + "_" + purpose;

    public static async Task<Result> MedianAsync(int runs, Func<Task> action, int warmups = 1)
    {
        for (var i = 0; i < warmups; i++)
        {
            await action();
        }

        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await action();
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        var median = runs % 2 == 1 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
        return new Result(median, times[0], times[^1], runs);
    }

    /// <summary>Two actions measured in turns (a, b, a, b, …) after one warm-up each, so both see the same load.</summary>
    public static async Task<(Result A, Result B)> SideBySideAsync(int runs, Func<Task> a, Func<Task> b)
    {
        await a();
        await b();
        var timesA = new List<double>(runs);
        var timesB = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await a();
            timesA.Add(stopwatch.Elapsed.TotalMilliseconds);
            stopwatch.Restart();
            await b();
            timesB.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        return (Summary(timesA), Summary(timesB));
    }

    private static Result Summary(List<double> times)
    {
        times.Sort();
        var runs = times.Count;
        var median = runs % 2 == 1 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
        return new Result(median, times[0], times[^1], runs);
    }
}
