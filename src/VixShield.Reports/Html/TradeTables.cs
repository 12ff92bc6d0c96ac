using System.Globalization;
using System.Text;
using VixShield.Core.Engine;
using VixShield.Core.Strategy;
using VixShield.Reports.Model;

namespace VixShield.Reports.Html;

/// <summary>A detail page's trade lists: every closed condor and every hedge layer of the hedged run, sortable and filterable.</summary>
internal static class TradeTables
{
    public const string CondorTableId = "condors";
    public const string LayerTableId = "layers";

    public static void Write(StringBuilder html, SetDetail d)
    {
        var condors = d.HedgedTrades.Condors;
        html.Append("<section id=\"trades\"><h2>Trades</h2><h3>")
            .Append(HtmlText.Escape($"Condors ({Figures.Count(condors.Count)} closed)")).Append("</h3>");
        TableColumn[] condorColumns =
        [
            new("id", "", true), new("opened", "date", false), new("closed", "date", false), new("held", "calendar days", true),
            new("contracts", "", true), new("entry credit", "points / unit", true), new("P&L", "$ net", true), new("exit", "reason", false),
        ];
        SortableTable.Write(html, CondorTableId, "closed condors", condorColumns, condors.Select(c => ((string?)null, new TableCell[]
        {
            TableCell.Number(c.Id.ToString(CultureInfo.InvariantCulture), c.Id),
            new(TradingDate.Text(c.OpenedDate)),
            new(TradingDate.Text(c.ClosedDate)),
            Days(c.OpenedDate, c.ClosedDate),
            TableCell.Number(Figures.Count(c.Contracts), c.Contracts),
            TableCell.Number(Figures.Decimal(c.EntryCredit, 2), c.EntryCredit),
            Money(c.ProfitAndLoss),
            new(Reason(c.Reason)),
        })), columnFilters: false);

        var layers = d.HedgedTrades.HedgeLayers;
        html.Append("<h3>").Append(HtmlText.Escape($"Hedge layers ({Figures.Count(layers.Count)})")).Append("</h3>");
        TableColumn[] layerColumns =
        [
            new("id", "", true), new("instrument", "", false), new("opened", "date", false), new("closed", "date", false),
            new("held", "calendar days", true), new("expiration", "date", false), new("strike", "VIX points", true),
            new("contracts", "", true), new("entry", "points", true), new("exit", "points", true), new("premium", "$", true),
            new("stress target", "$", true), new("P&L", "$ net", true), new("close", "reason", false),
        ];
        SortableTable.Write(html, LayerTableId, "hedge layers", layerColumns, layers.Select(l => ((string?)null, new TableCell[]
        {
            TableCell.Number(l.Id.ToString(CultureInfo.InvariantCulture), l.Id),
            new(l.Instrument == HedgeInstrument.Futures ? "VIX future" : "VIX call"),
            new(TradingDate.Text(l.OpenedDate)),
            new(TradingDate.Text(l.ClosedDate)),
            Days(l.OpenedDate, l.ClosedDate),
            new(TradingDate.Text(l.Expiration)),
            l.Instrument == HedgeInstrument.Futures ? new TableCell("—", double.NaN) : TableCell.Number(Figures.Decimal(l.Strike, 2), l.Strike),
            TableCell.Number(Figures.Count(l.Contracts), l.Contracts),
            TableCell.Number(Figures.Decimal(l.EntryPrice, 2), l.EntryPrice),
            TableCell.Number(Figures.Decimal(l.ExitPrice, 2), l.ExitPrice),
            TableCell.Number(Figures.Dollars(l.Premium), l.Premium),
            TableCell.Number(Figures.Dollars(l.StressTarget), l.StressTarget),
            Money(l.ProfitAndLoss),
            new(Reason(l.CloseReason)),
        })), columnFilters: false);
        html.Append("</section>\n");
    }

    private static TableCell Days(int opened, int closed)
    {
        int days = TradingDate.ToDate(closed).DayNumber - TradingDate.ToDate(opened).DayNumber;
        return TableCell.Number(days.ToString(CultureInfo.InvariantCulture), days);
    }

    private static TableCell Money(double dollars) => TableCell.Number(Figures.Dollars(dollars), dollars, dollars < 0 ? "neg" : "pos");

    private static string Reason(FillReason reason) => reason switch
    {
        FillReason.ProfitTarget => "profit target",
        FillReason.StopLoss => "stop loss",
        FillReason.DteExit => "DTE exit",
        FillReason.Roll => "roll",
        FillReason.Settlement => "settled",
        FillReason.HedgeTakeProfit => "take profit",
        FillReason.HedgeRoll => "rolled",
        FillReason.HedgeNoLongerNeeded => "no longer needed",
        FillReason.HedgeSettlement => "settled",
        _ => reason.ToString(),
    };
}
