namespace VixShield.Reports.Charts;

/// <summary>One line of a time-series chart: values by trading date (yyyymmdd), in the chart's display units.</summary>
/// <param name="CssClass">Its colour and stroke, from the page's stylesheet (s1, s2, …).</param>
internal sealed record ChartSeries(string Name, string CssClass, int[] Dates, double[] Values);
