using System.Text.Json;
using System.Text.Json.Nodes;
using VixShield.Core.Engine;
using VixShield.Core.Market;
using VixShield.Core.Strategy;

namespace VixShield.Cli.Output;

/// <summary>A backtest's metrics and per-year returns, as a readable table or one JSON object.</summary>
internal static class BacktestSummary
{
    public static JsonObject ToJson(BacktestResult result, StrategyParameters parameters, string dataset)
    {
        var m = result.Metrics;
        var metrics = new JsonObject
        {
            ["irr"] = Number(m.Irr),
            ["cagr"] = Number(m.Cagr),
            ["max_drawdown"] = Number(m.MaxDrawdown),
            ["max_dd_days"] = m.MaxDrawdownDays,
            ["sharpe"] = Number(m.Sharpe),
            ["sortino"] = Number(m.Sortino),
            ["calmar"] = Number(m.Calmar),
            ["win_rate"] = Number(m.WinRate),
            ["profit_factor"] = Number(m.ProfitFactor),
            ["avg_trade"] = Number(m.AvgTrade),
            ["worst_trade"] = Number(m.WorstTrade),
            ["cvar_95"] = Number(m.Cvar95),
            ["hedge_cost_share"] = Number(m.HedgeCostShare),
            ["trades"] = m.Trades,
            ["hedge_layers"] = m.HedgeLayers,
            ["final_equity"] = Number(m.FinalEquity),
        };
        var yearly = new JsonObject();
        for (int i = 0; i < result.Years.Length; i++)
            yearly[result.Years[i].ToString()] = Number(result.YearlyReturns[i]);
        var parameterValues = new JsonObject();
        foreach (var definition in ParameterCatalog.All)
            parameterValues[definition.Name] = definition.Format(definition.Get(parameters));
        return new JsonObject
        {
            ["dataset"] = dataset,
            ["from"] = DateCode.Format(result.Dates[0]),
            ["to"] = DateCode.Format(result.Dates[^1]),
            ["capital"] = result.StartingCapital,
            ["metrics"] = metrics,
            ["yearly"] = yearly,
            ["parameters"] = parameterValues,
        };
    }

    public static void WriteTable(TextWriter o, BacktestResult result, string dataset)
    {
        var m = result.Metrics;
        o.WriteLine($"{dataset}: {DateCode.Format(result.Dates[0])} .. {DateCode.Format(result.Dates[^1])}, capital {result.StartingCapital:N0}");
        o.WriteLine();
        Row(o, "IRR", Percent(m.Irr), "CAGR", Percent(m.Cagr));
        Row(o, "max drawdown", Percent(m.MaxDrawdown), "days under water", m.MaxDrawdownDays.ToString());
        Row(o, "Sharpe", Ratio(m.Sharpe), "Sortino", Ratio(m.Sortino));
        Row(o, "Calmar", Ratio(m.Calmar), "CVaR 95% (daily)", Percent(m.Cvar95));
        Row(o, "condors closed", m.Trades.ToString(), "win rate", Percent(m.WinRate));
        Row(o, "profit factor", Ratio(m.ProfitFactor), "average trade", Dollars(m.AvgTrade));
        Row(o, "worst trade", Dollars(m.WorstTrade), "hedge layers", m.HedgeLayers.ToString());
        Row(o, "hedge cost share", Percent(m.HedgeCostShare), "final equity", Dollars(m.FinalEquity));
        o.WriteLine();
        o.WriteLine("year   return");
        for (int i = 0; i < result.Years.Length; i++)
            o.WriteLine($"{result.Years[i]}  {Percent(result.YearlyReturns[i]),8}");
    }

    private static void Row(TextWriter o, string a, string va, string b, string vb) => o.WriteLine($"{a,-18}{va,12}    {b,-18}{vb,12}");

    private static string Percent(double v) => double.IsFinite(v) ? $"{v * 100:F2}%" : "n/a";

    private static string Ratio(double v) => double.IsFinite(v) ? $"{v:F2}" : "n/a";

    private static string Dollars(double v) => double.IsFinite(v) ? $"{v:N2}" : "n/a";

    /// <summary>JSON has no NaN or infinity: an undefined metric is null.</summary>
    private static JsonNode? Number(double v) => double.IsFinite(v) ? JsonValue.Create(v) : null;

    public static string Serialize(JsonObject json) => json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
