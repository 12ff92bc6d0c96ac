namespace VixShield.Reports.Html;

/// <summary>The metric a sweep ranks by and its direction, read from rank_by as written (<c>irr</c> or <c>-max_drawdown</c>).</summary>
internal sealed record RankMetric(string Metric, bool HigherIsBetter)
{
    public static RankMetric Parse(string rankBy)
    {
        string trimmed = rankBy.Trim();
        return trimmed.StartsWith('-') ? new RankMetric(trimmed[1..].Trim(), false) : new RankMetric(trimmed, true);
    }

    public MetricUnits Units => MetricUnits.Of(Metric);
}
