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

    /// <summary>
    /// On the page only (not in the PDF, whose A4 column fits the table as it is): the figure table fits the content
    /// column at 1366 px (the P25 – P75 range may break after its dash, the strip chart shrinks from 200 to 120 px);
    /// on a narrow screen it scrolls inside its own focusable box with the figure's name kept in view.
    /// </summary>
    public const string ScreenCss = """
        .benchmark-screen .benchmark-scroll { overflow-x: auto; position: relative; } /* clips the visually hidden sentences too */
        .benchmark-screen .benchmark-table td.range { white-space: normal; }
        .benchmark-screen .benchmark-table td.range span { white-space: nowrap; }
        .benchmark-screen .benchmark-options { table-layout: fixed; }
        .benchmark-screen .benchmark-options th:nth-child(2) { width: 7em; }
        .benchmark-screen .benchmark-options th:nth-child(3) { width: 8em; white-space: normal; }
        .benchmark-screen .benchmark-options td { overflow-wrap: break-word; }
        .benchmark-screen .benchmark-options td:nth-child(2) { white-space: nowrap; } /* "✓ gekozen" stays one word */
        .benchmark-screen .benchmark-options td.num { white-space: normal; } /* "22 ZHO's (88%)" wraps at its spaces */
        .benchmark-screen .strip-chart { width: 100%; min-width: 120px; max-width: 200px; height: auto; }
        .benchmark-screen .benchmark-table th[scope=row] { position: sticky; left: 0; z-index: 1; background: var(--mud-palette-surface, #fff); }
        @media (max-width: 600px) {
            .benchmark-screen .benchmark-table th[scope=row] { white-space: normal; min-width: 7.5em; }
        }
        """;
}
