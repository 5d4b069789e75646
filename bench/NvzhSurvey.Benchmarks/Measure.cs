using System.Diagnostics;

namespace NvzhSurvey.Benchmarks;

/// <summary>Times an action several times after a warm-up and reports the median (and min/max) in milliseconds.</summary>
public static class Measure
{
    public sealed record Result(double Median, double Min, double Max, int Runs);

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
}
