using System.Globalization;
using VixShield.Reports.Html;

namespace VixShield.Reports.Charts;

/// <summary>A calendar-time horizontal axis: dates placed by calendar day, labelled at year starts (or months for short spans).</summary>
internal sealed class TimeAxis
{
    private readonly double _firstDay;
    private readonly double _lastDay;
    private readonly PlotFrame _frame;

    public TimeAxis(IEnumerable<int> dates, PlotFrame frame)
    {
        _frame = frame;
        int first = int.MaxValue, last = int.MinValue;
        foreach (int date in dates)
        {
            first = Math.Min(first, date);
            last = Math.Max(last, date);
        }

        if (first == int.MaxValue)
            (first, last) = (20000101, 20000102);
        _firstDay = TradingDate.ToDate(first).DayNumber;
        _lastDay = Math.Max(TradingDate.ToDate(last).DayNumber, _firstDay + 1);
    }

    public double this[int yyyymmdd] => X(TradingDate.ToDate(yyyymmdd).DayNumber);

    public void Draw(SvgCanvas svg)
    {
        var first = DateOnly.FromDayNumber((int)_firstDay);
        var last = DateOnly.FromDayNumber((int)_lastDay);
        int years = last.Year - first.Year;
        int everyYears = years <= 12 ? 1 : years <= 24 ? 2 : 5;
        if (years >= 2)
        {
            for (int year = first.Year + 1; year <= last.Year; year++)
            {
                if (year % everyYears != 0)
                    continue;
                Tick(svg, new DateOnly(year, 1, 1), year.ToString(CultureInfo.InvariantCulture));
            }
        }
        else
        {
            int everyMonths = (last.DayNumber - first.DayNumber) <= 200 ? 1 : 3;
            for (var month = new DateOnly(first.Year, first.Month, 1).AddMonths(1); month <= last; month = month.AddMonths(everyMonths))
                Tick(svg, month, month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }

        svg.Line(_frame.X0, _frame.Y1, _frame.X1, _frame.Y1, "axis");
    }

    private void Tick(SvgCanvas svg, DateOnly date, string label)
    {
        double x = X(date.DayNumber);
        svg.Line(x, _frame.Y0, x, _frame.Y1, "grid");
        svg.Text(x, _frame.Y1 + 16, label, "tick", "middle");
    }

    private double X(double dayNumber) => _frame.X0 + (dayNumber - _firstDay) / (_lastDay - _firstDay) * (_frame.X1 - _frame.X0);
}
