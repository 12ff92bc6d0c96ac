using System.Globalization;
using VixShield.Core.Engine;
using VixShield.Core.Market;

namespace VixShield.Cli.Output;

/// <summary>The trade log and the equity curve of a backtest as CSV.</summary>
internal static class BacktestCsv
{
    /// <summary>Every fill and settlement: date, position, leg, instrument, expiration, strike, right, signed quantity, price (points per unit), commission (dollars), reason.</summary>
    public static void WriteTrades(TextWriter writer, TradeLog log)
    {
        writer.WriteLine("date,position_id,leg,instrument,expiration,strike,right,quantity,price,commission,reason");
        foreach (var f in log.Fills)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{DateCode.Format(f.Date)},{f.PositionId},{Snake(f.Leg.ToString())},{Snake(f.Instrument.ToString())},{DateCode.Format(f.Expiration)},{(f.Instrument == InstrumentKind.VixFuture ? "" : f.Strike)},{(f.Instrument == InstrumentKind.VixFuture ? "" : f.Right == OptionRight.Call ? "C" : "P")},{f.Quantity},{f.Price},{f.Commission},{Snake(f.Reason.ToString())}"));
        }
    }

    /// <summary>Date, equity (dollars, marks at mid) and drawdown (fraction of the running peak).</summary>
    public static void WriteEquity(TextWriter writer, BacktestResult result)
    {
        writer.WriteLine("date,equity,drawdown");
        var drawdowns = result.Drawdowns();
        for (int i = 0; i < result.Dates.Length; i++)
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateCode.Format(result.Dates[i])},{result.Equity[i]},{drawdowns[i]}"));
    }

    /// <summary>ProfitTarget → profit_target.</summary>
    public static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
