using VixShield.Core.Market;

namespace VixShield.Data.Import;

/// <summary>
/// Reads a Cboe DataShop "Option EOD Summary" / "EOD Option Quotes with Calcs" CSV: the 15:45 snapshot of the SPX
/// (AM-settled monthly) and SPXW (PM-settled weekly) roots. Other roots are skipped and counted.
/// </summary>
internal static class CboeEodFile
{
    /// <summary>Adds the file's SPX and SPXW rows to <paramref name="book"/>; returns the number of data lines read.</summary>
    public static long Read(NamedText file, int source, SeriesDates series, SpxOptionBook book, ImportTally tally, CancellationToken cancel)
    {
        var fields = FieldReader.Open(file, tally);
        var header = fields.Header;
        int date = header.Required("quote_date"), root = header.Required("root"), expiration = header.Required("expiration"),
            strike = header.Required("strike"), optionType = header.Required("option_type");
        var quote = new SpxQuoteFields(
            header.Required("bid_1545"), header.Required("ask_1545"), header.Required("implied_volatility_1545"),
            header.Required("delta_1545"), header.Required("gamma_1545"), header.Required("theta_1545"), header.Required("vega_1545"),
            header.Required("trade_volume"), header.Required("open_interest"));
        int active = header.Optional("active_underlying_price_1545");
        int underlyingBid = header.Optional("underlying_bid_1545"), underlyingAsk = header.Optional("underlying_ask_1545");
        if (active < 0 && (underlyingBid < 0 || underlyingAsk < 0))
            header.Missing("active_underlying_price_1545 (or underlying_bid_1545 and underlying_ask_1545)");
        header.ThrowIfMissing();

        foreach (int line in fields.Rows(cancel))
        {
            SettlementStyle settlement;
            var rootText = fields.Text(root);
            if (rootText.Equals("SPX", StringComparison.OrdinalIgnoreCase))
                settlement = SettlementStyle.Am;
            else if (rootText.Equals("SPXW", StringComparison.OrdinalIgnoreCase))
                settlement = SettlementStyle.Pm;
            else
            {
                tally.Skip(SkipReason.OtherRoot);
                continue;
            }

            if (!SpxQuoteFields.TryContractDates(fields, date, expiration, strike, series, out int quoteDate, out int expires, out double strikePrice)
                || !fields.TryRight(optionType, out var right)
                || !TryUnderlying(fields, active, underlyingBid, underlyingAsk, out double underlying))
                continue;

            var contract = new SpxContract(quoteDate, expires, settlement, strikePrice, underlying);
            if (quote.TryRead(fields, contract, right, tally, out var row))
                book.Add(row, source, line);
        }

        return fields.LinesRead;
    }

    /// <summary>The 15:45 underlying: <c>active_underlying_price_1545</c>, or the mid of the underlying's bid and ask when the file lacks it.</summary>
    private static bool TryUnderlying(FieldReader fields, int active, int bid, int ask, out double underlying)
    {
        if (active >= 0)
            return fields.TryPositive(active, out underlying);
        underlying = 0;
        if (!fields.TryPositive(bid, out double underlyingBid) || !fields.TryPositive(ask, out double underlyingAsk))
            return false;
        underlying = (underlyingBid + underlyingAsk) / 2;
        return true;
    }
}
