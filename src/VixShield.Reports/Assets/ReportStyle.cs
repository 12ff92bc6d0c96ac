namespace VixShield.Reports.Assets;

/// <summary>The one stylesheet every page inlines: system fonts only (no network), laptop-width layout, and a print layout.</summary>
internal static class ReportStyle
{
    public const string Css = """
        :root { --ink: #1d2430; --muted: #5b6576; --line: #d9dee7; --panel: #f6f8fb; --accent: #1f5fbf; --good: #1a8a4a; --bad: #c0392b; --warn: #b7791f; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }
        header.top { background: #17202e; color: #fff; padding: 10px 24px; display: flex; gap: 24px; align-items: baseline; flex-wrap: wrap; }
        header.top h1 { font-size: 20px; margin: 0; }
        header.top a { color: #cfe0ff; }
        header.top .sub { color: #aab6c8; }
        nav.sections { display: flex; gap: 14px; flex-wrap: wrap; font-size: 13px; }
        main { max-width: 1280px; margin: 0 auto; padding: 8px 24px 40px; }
        section { margin: 22px 0; }
        h2 { font-size: 17px; border-bottom: 2px solid var(--line); padding-bottom: 4px; margin: 0 0 10px; }
        h3 { font-size: 14px; margin: 14px 0 6px; }
        p.note { color: var(--muted); margin: 4px 0 10px; max-width: 80ch; }
        a { color: var(--accent); }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 10px; }
        .card { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
        .card .k { color: var(--muted); font-size: 12px; }
        .card .v { font-size: 18px; font-weight: 600; font-variant-numeric: tabular-nums; }
        .card .v small { font-size: 12px; font-weight: 400; color: var(--muted); }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 3px 16px; margin: 0; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; }
        details.source pre { background: var(--panel); border: 1px solid var(--line); padding: 10px; overflow-x: auto; font-size: 12px; }
        .verdict { border-left: 5px solid var(--muted); background: var(--panel); padding: 10px 14px; margin: 8px 0 12px; font-size: 15px; }
        .verdict.good { border-color: var(--good); }
        .verdict.doubt { border-color: var(--warn); }
        .verdict.bad { border-color: var(--bad); }
        .grid3 { display: grid; grid-template-columns: repeat(auto-fit, minmax(360px, 1fr)); gap: 16px; align-items: start; }
        .grid2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 16px; align-items: start; }
        .table-wrap { width: fit-content; max-width: 100%; overflow: auto; max-height: 75vh; border: 1px solid var(--line); border-radius: 4px; }
        table { border-collapse: collapse; font-variant-numeric: tabular-nums; font-size: 12.5px; }
        th, td { padding: 3px 8px; border-bottom: 1px solid var(--line); white-space: nowrap; }
        td.num { text-align: right; }
        tbody th { text-align: left; font-weight: 600; }
        thead th { position: sticky; top: 0; background: #eef2f8; z-index: 1; text-align: right; vertical-align: bottom; }
        thead tr.filters td { position: sticky; top: 40px; z-index: 1; background: #f6f8fb; }
        thead th.text { text-align: left; }
        th button.sort { all: unset; cursor: pointer; display: block; width: 100%; font-weight: 600; }
        th button.sort:focus-visible { outline: 2px solid var(--accent); }
        th .unit { display: block; font-weight: 400; color: var(--muted); font-size: 11px; }
        th[aria-sort="ascending"] button.sort::after { content: " ▲"; }
        th[aria-sort="descending"] button.sort::after { content: " ▼"; }
        tr.fails td { color: var(--muted); }
        tr.error td { color: var(--bad); }
        tbody tr:hover { background: #fff8e1; }
        input.filter { font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 4px; width: 22em; }
        input.col-filter { font: inherit; font-size: 11px; width: 100%; min-width: 4em; padding: 1px 4px; border: 1px solid var(--line); border-radius: 3px; }
        .filter-bar { display: flex; gap: 16px; align-items: center; margin: 6px 0; color: var(--muted); }
        figure { margin: 0; }
        svg.chart { width: 100%; height: auto; display: block; background: #fff; }
        svg.heatmap { max-width: 720px; }
        svg .grid { stroke: #e6e9ef; stroke-width: 1; }
        svg .zero { stroke: #8a94a6; stroke-width: 1; }
        svg .axis { stroke: #8a94a6; stroke-width: 1; }
        svg .tick, svg .legend { font-size: 11px; fill: var(--muted); }
        svg .axis-title { font-size: 12px; fill: var(--ink); }
        svg .chart-title { font-size: 13px; font-weight: 600; fill: var(--ink); }
        svg .cell-text { font-size: 10.5px; fill: #1d2430; }
        svg .cell-text.light { fill: #fff; }
        svg .best-cell { fill: none; stroke: #17202e; stroke-width: 2.5; }
        svg .cell.missing { fill: #f0f0f0; stroke: #ddd; }
        svg .line { fill: none; stroke-width: 1.6; stroke-linejoin: round; }
        svg .s1, svg .s-hedged { stroke: #1f5fbf; fill: #1f5fbf; }
        svg .s2, svg .s-off { stroke: #e07b00; fill: #e07b00; }
        svg .line.s2, svg .line.s-off { stroke-dasharray: 5 3; }
        svg .line.s1, svg .line.s2, svg .line.s-hedged, svg .line.s-off, svg .line.s-vix { fill: none; }
        svg .s-vix { stroke: #6a3d9a; fill: #6a3d9a; }
        svg .s-win, svg .layer.win { fill: #2e9d5b; stroke: #2e9d5b; }
        svg .s-loss, svg .layer.loss { fill: #d0453a; stroke: #d0453a; }
        svg .s-all, svg .pt { fill: #9aa5b5; fill-opacity: 0.55; stroke: none; }
        svg .s-front, svg .pt.front { fill: #e07b00; fill-opacity: 1; }
        svg .s-ranked, svg .pt.ranked { fill: #1f5fbf; fill-opacity: 1; stroke: #fff; stroke-width: 1; }
        svg .pt.ranked.front { fill: #1f5fbf; stroke: #e07b00; stroke-width: 2; }
        svg .front-line { fill: none; stroke: #e07b00; stroke-width: 1.5; }
        svg .swatch { stroke: none; }
        svg .bar { stroke: none; }
        svg a .pt { cursor: pointer; }
        footer { color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding: 10px 24px; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        .pos { color: var(--good); }
        .neg { color: var(--bad); }
        @page { size: A4 landscape; margin: 10mm; }
        @media print {
          body { font-size: 11px; }
          table { font-size: 8px; }
          th, td { padding: 1px 3px; }
          th .unit { font-size: 7px; }
          header.top { background: none; color: #000; border-bottom: 2px solid #000; padding: 4px 0; }
          header.top a, header.top .sub { color: #000; }
          nav.sections, .filter-bar, tr.filters { display: none; }
          main { max-width: none; padding: 0; }
          .table-wrap { max-height: none; overflow: visible; border: none; }
          thead th { position: static; }
          section, svg.chart, .card, tr { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """;
}
