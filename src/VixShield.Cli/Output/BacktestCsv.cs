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

    /// <summary>Every hedge layer from open to close: instrument, dates, expiration, strike, contracts, prices (VIX points), premium, stress target and result (dollars).</summary>
    public static void WriteHedgeLayers(TextWriter writer, TradeLog log)
    {
        writer.WriteLine("layer_id,instrument,opened,closed,expiration,strike,contracts,entry_price,exit_price,premium,stress_target,profit_and_loss,close_reason");
        foreach (var l in log.HedgeLayers)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{l.Id},{Snake(l.Instrument.ToString())},{DateCode.Format(l.OpenedDate)},{DateCode.Format(l.ClosedDate)},{DateCode.Format(l.Expiration)},{(l.Instrument == Core.Strategy.HedgeInstrument.Futures ? "" : l.Strike)},{l.Contracts},{l.EntryPrice},{l.ExitPrice},{l.Premium},{l.StressTarget},{l.ProfitAndLoss},{Snake(l.CloseReason.ToString())}"));
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
