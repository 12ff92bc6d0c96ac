namespace VixShield.Data.Synthetic;

/// <summary>
/// The model's two clocks. Business time (model years) drives variance: a trading session is 1/252 of a year,
/// weekends and holidays carry none. Calendar time (years of 365 days, to the minute) is what option prices are quoted in.
/// </summary>
/// <remarks>
/// A session's variance is split 20% overnight (16:00 close → 9:30 open) and 80% over the 390 regular minutes, evenly.
/// Snapshots are at 15:45 ET; PM-settled options expire at the 16:00 close, AM-settled ones (and VIX futures/options,
/// settled on the opening quotation) at the 9:30 open of the expiration day.
/// </remarks>
public sealed class SessionClock
{
    public const double SessionsPerYear = 252.0;
    public const double OvernightShare = 0.20;
    public const double RegularMinutes = 390.0;

    /// <summary>Share of a session's variance from the 15:45 snapshot to the 16:00 close.</summary>
    public const double SnapshotToCloseShare = (1 - OvernightShare) * 15.0 / RegularMinutes;

    /// <summary>Share of a session's variance from the 9:30 open to the 15:45 snapshot.</summary>
    public const double OpenToSnapshotShare = (1 - OvernightShare) * 375.0 / RegularMinutes;

    private const double MinutesPerYear = 365.0 * 24 * 60;
    private const int SnapshotMinute = 15 * 60 + 45, OpenMinute = 9 * 60 + 30, CloseMinute = 16 * 60;

    private readonly int _firstDay;
    private readonly int[] _sessionsBefore;

    /// <summary>A clock valid for dates from <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    public SessionClock(DateOnly first, DateOnly last)
    {
        _firstDay = first.DayNumber;
        _sessionsBefore = new int[last.DayNumber - first.DayNumber + 2];
        int count = 0;
        for (int i = 0; i < _sessionsBefore.Length; i++)
        {
            _sessionsBefore[i] = count;
            if (i < _sessionsBefore.Length - 1 && TradingCalendar.IsTradingDay(DateOnly.FromDayNumber(_firstDay + i)))
                count++;
        }
    }

    /// <summary>Trading sessions strictly after <paramref name="from"/> and strictly before <paramref name="to"/>.</summary>
    public int SessionsBetween(DateOnly from, DateOnly to)
    {
        if (to <= from)
            return 0;
        int between = _sessionsBefore[to.DayNumber - _firstDay] - _sessionsBefore[from.DayNumber - _firstDay + 1];
        return Math.Max(between, 0);
    }

    /// <summary>Business time in model years from the 15:45 snapshot of <paramref name="snapshot"/> to an expiration.</summary>
    public double BusinessYears(DateOnly snapshot, DateOnly expiry, bool settlesAtOpen)
    {
        if (expiry < snapshot || (expiry == snapshot && settlesAtOpen))
            return 0;
        if (expiry == snapshot)
            return SnapshotToCloseShare / SessionsPerYear;
        double sessions = SnapshotToCloseShare + SessionsBetween(snapshot, expiry) + (settlesAtOpen ? OvernightShare : 1.0);
        return sessions / SessionsPerYear;
    }

    /// <summary>Calendar time in years (365 days) from the 15:45 snapshot of <paramref name="snapshot"/> to an expiration.</summary>
    public static double CalendarYears(DateOnly snapshot, DateOnly expiry, bool settlesAtOpen)
    {
        int minutes = (expiry.DayNumber - snapshot.DayNumber) * 1440 + (settlesAtOpen ? OpenMinute : CloseMinute) - SnapshotMinute;
        return Math.Max(minutes, 0) / MinutesPerYear;
    }
}
