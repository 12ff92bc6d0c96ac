namespace VixShield.Reports.Model;

/// <summary>Everything one sweep's HTML report shows: plain numbers and texts the builder fills and the page writers only draw.</summary>
/// <param name="Heatmaps">Metric over two axes with the other axes fixed; usually IRR, max drawdown and Sharpe.</param>
/// <param name="Sensitivities">One per axis: how the rank metric moves along that axis.</param>
/// <param name="WalkForward">Null when the sweep file has no <c>walk_forward</c>.</param>
/// <param name="Details">One detail page each, in rank order (best first).</param>
public sealed record SweepReport(
    ReportSummary Summary,
    ResultsTable Results,
    IReadOnlyList<Heatmap> Heatmaps,
    IReadOnlyList<AxisSensitivity> Sensitivities,
    RiskReturnScatter Scatter,
    OverfittingDiagnostics Overfitting,
    WalkForwardReport? WalkForward,
    IReadOnlyList<SetDetail> Details);
