namespace NvzhSurvey.Web.Features.Benchmarks;

/// <summary>The benchmark's own styles, used on the page (inline, scoped by class) and in the printed PDF.</summary>
public static class BenchmarkStyles
{
    public const string Css = """
        .benchmark { font-size: 0.95rem; }
        .benchmark h2 { font-size: 1.3rem; margin: 1.2em 0 0.4em; }
        .benchmark h3 { font-size: 1.05rem; margin: 1em 0 0.3em; }
        .benchmark-table, .benchmark-options { border-collapse: collapse; width: 100%; margin-bottom: 0.8em; }
        .benchmark-table caption { text-align: left; font-weight: 600; padding-bottom: 0.3em; }
        .benchmark-table th, .benchmark-table td, .benchmark-options th, .benchmark-options td { border-bottom: 1px solid #ddd; padding: 4px 6px; text-align: left; vertical-align: middle; }
        .benchmark-table thead th, .benchmark-options thead th { font-size: 0.85em; color: #444; }
        .benchmark .num { text-align: right; white-space: nowrap; }
        .benchmark .own { font-weight: 700; color: #8a3a06; }
        .benchmark-table th[scope=row] { white-space: nowrap; }
        .benchmark .n { font-weight: 400; color: #555; font-size: 0.85em; }
        .benchmark .suppressed { color: #555; font-style: italic; }
        .benchmark .position-laag, .benchmark .position-hoog { font-weight: 700; }
        .benchmark .chosen td { background: #fdf0e6; font-weight: 600; }
        .benchmark .missed { color: #5b3a1a; }
        .benchmark .key-figures { background: #f6f1ec; padding: 0.6em 0.8em; border-radius: 4px; }
        .benchmark .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .benchmark .strip-chart { display: block; }
        """;
}
