using System.Globalization;
using System.Text;
using VixShield.Reports.Charts;
using VixShield.Reports.Model;

namespace VixShield.Reports.Html;

/// <summary>Real or luck: the verdict in words, the Deflated Sharpe Ratio of the best set, and PBO by CSCV with its logit histogram.</summary>
internal static class OverfittingSection
{
    private const int HistogramBins = 20;

    // The engine annualises Sharpe ratios with √252 (STRATEGY.md §7); the overfitting figures are per trading day.
    private static readonly double SqrtTradingDays = Math.Sqrt(252);

    public static void Write(StringBuilder html, SweepReport report)
    {
        var o = report.Overfitting;
        var verdict = OverfittingVerdict.Of(o);
        html.Append("<section id=\"overfitting\"><h2>Overfitting: is the best result real or luck?</h2>")
            .Append("<div class=\"verdict ").Append(verdict.CssClass).Append("\"><strong>").Append(HtmlText.Escape(verdict.Headline))
            .Append("</strong> — ").Append(HtmlText.Escape(verdict.Explanation)).Append("</div><div class=\"grid2\"><div>");
        html.Append("<h3>Deflated Sharpe Ratio (Bailey &amp; López de Prado, 2014)</h3>");
        if (o.DeflatedSharpe is { } dsr)
        {
            var i = dsr.Input;
            html.Append("<dl class=\"facts\">");
            FactList.Item(html, "set", o.BestSetIndex is { } best ? $"{best} (rank 1)" : "rank 1");
            FactList.Item(html, "observed Sharpe ratio", $"{Figures.Decimal(i.SharpePerPeriod * SqrtTradingDays, 2)} annualised ({Figures.Decimal(i.SharpePerPeriod, 4)} per trading day)");
            FactList.Item(html, "daily returns (T)", Figures.Count(i.ReturnCount));
            FactList.Item(html, "skewness, kurtosis", $"{Figures.Decimal(i.Skewness, 2)}, {Figures.Decimal(i.Kurtosis, 2)} (normal: 0, 3)");
            FactList.Item(html, "sets tried (N)", Figures.Count(i.TrialCount));
            FactList.Item(html, "variance of their Sharpe ratios", $"{Figures.Decimal(i.TrialSharpeVariancePerPeriod * 252, 4)} annualised");
            FactList.Item(html, "expected best Sharpe of N skill-less sets (SR₀)", $"{Figures.Decimal(dsr.ExpectedMaxSharpePerPeriod * SqrtTradingDays, 2)} annualised");
            FactList.Item(html, "PSR(0), ignoring the selection", Figures.Decimal(dsr.ProbabilisticSharpeRatio, 3));
            FactList.Item(html, "DSR = PSR(SR₀)", Figures.Decimal(dsr.DeflatedSharpeRatio, 3));
            html.Append("</dl><p class=\"note\">The probability that the best set's true Sharpe ratio is above zero once the other sets tried are accounted for. 0.95 or more reads as real.</p>");
        }
        else
        {
            html.Append("<p class=\"note\">Not computed: ").Append(HtmlText.Escape(o.DeflatedSharpeMissing ?? "no reason given")).Append("</p>");
        }

        html.Append("</div><div><h3>Probability of Backtest Overfitting (CSCV, Bailey et al., 2017)</h3>");
        if (o.Pbo is { } pbo)
        {
            html.Append("<dl class=\"facts\">");
            FactList.Item(html, "PBO", Figures.Decimal(pbo.Probability, 3));
            FactList.Item(html, "blocks (S), combinations", $"{pbo.BlockCount}, {Figures.Count(pbo.Combinations.Count)}");
            FactList.Item(html, "sets compared (N)", Figures.Count(pbo.StrategyCount));
            FactList.Item(html, "probability of an out-of-sample loss", Figures.Decimal(pbo.ProbabilityOfLoss, 3));
            FactList.Item(html, "degradation (out-of-sample on in-sample Sharpe)", double.IsFinite(pbo.DegradationSlope)
                ? $"slope {Figures.Decimal(pbo.DegradationSlope, 3)}, intercept {Figures.Decimal(pbo.DegradationIntercept * SqrtTradingDays, 3)} annualised"
                : "undefined");
            FactList.Item(html, "logit λ: median, mean ± sd", $"{Figures.Decimal(pbo.Logits.Median, 2)}, {Figures.Decimal(pbo.Logits.Mean, 2)} ± {Figures.Decimal(pbo.Logits.StandardDeviation, 2)}");
            html.Append("</dl>");
            html.Append("<figure>").Append(LogitHistogram(pbo.Combinations.Select(c => c.Logit).ToArray())).Append("</figure>");
            html.Append("<p class=\"note\">PBO is the share of in-sample/out-of-sample splits in which the in-sample best set ranks at or below the out-of-sample median (λ ≤ 0). Mass far right of 0 means the winner keeps winning.</p>");
        }
        else
        {
            html.Append("<p class=\"note\">Not computed: ").Append(HtmlText.Escape(o.PboMissing ?? "no reason given")).Append("</p>");
        }

        html.Append("</div></div></section>\n");
    }

    private static string LogitHistogram(double[] logits)
    {
        double reach = 0;
        foreach (double l in logits)
        {
            if (double.IsFinite(l))
                reach = Math.Max(reach, Math.Abs(l));
        }

        if (reach == 0)
            reach = 1;
        // Symmetric about 0 with an even bin count, so 0 is a bin edge and every bar is wholly overfit or wholly not.
        double width = 2 * reach / HistogramBins;
        var overfit = new double[HistogramBins];
        var held = new double[HistogramBins];
        foreach (double l in logits)
        {
            if (!double.IsFinite(l))
                continue;
            int bin = Math.Clamp((int)Math.Ceiling((l + reach) / width) - 1, 0, HistogramBins - 1);
            if (l <= 0)
                overfit[Math.Min(bin, HistogramBins / 2 - 1)]++;
            else
                held[Math.Max(bin, HistogramBins / 2)]++;
        }

        for (int b = 0; b < HistogramBins; b++)
        {
            if (b < HistogramBins / 2) held[b] = double.NaN;
            else overfit[b] = double.NaN;
        }

        var categories = Enumerable.Range(0, HistogramBins)
            .Select(b => (-reach + (b + 0.5) * width).ToString("0.0", CultureInfo.InvariantCulture)).ToArray();
        string Tooltip(int s, int b) => string.Create(CultureInfo.InvariantCulture,
            $"λ from {-reach + b * width:0.00} to {-reach + (b + 1) * width:0.00}: {(s == 0 ? overfit[b] : held[b])} combinations");
        return BarChart.Render("Histogram of the CSCV logits λ", "combinations", "logit λ of the in-sample best's out-of-sample rank",
            categories, [("λ ≤ 0: overfit", "s-loss", overfit), ("λ > 0: held up", "s-win", held)], Tooltip, width: 560, height: 240, overlay: true);
    }
}
