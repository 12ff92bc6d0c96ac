using VixShield.Reports.Model;

namespace VixShield.Reports.Tests;

/// <summary>A catalog of three sweeps built from one report's summary: the normal one, one still without a report, one with no best set.</summary>
internal static class SweepCatalogSample
{
    public static SweepCatalog Of(SweepReport report)
    {
        var s = report.Summary;
        return new SweepCatalog("sweeps", [
            new SweepCatalogEntry(s.SweepName, s.SweepId, $"{s.SweepName}/report/index.html", s.PeriodFrom, s.PeriodTo, s.TotalSets, s.CompletedSets,
                s.FailedSets, s.RankBy, report.Results.Rows[0].Metrics[0], "entry.wing_width=50, hedge.increment=0.25", s.GeneratedAt),
            new SweepCatalogEntry("alvh-futures", "alvh-futures-1", "alvh-futures/report/index.html", s.PeriodFrom, s.PeriodTo, 960, 480, 0,
                "-max_drawdown", null, null, null),
            new SweepCatalogEntry("tight & <odd> name", "odd-1", "odd/report/index.html", s.PeriodFrom, s.PeriodTo, 12, 12, 12, "sharpe", null, null, s.GeneratedAt),
        ]);
    }
}
