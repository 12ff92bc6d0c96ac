using VixShield.Core.Market;

namespace VixShield.Data.Import;

/// <summary>
/// Reads an OptionsDX SPX end-of-day text file: bracketed header names, ", " separators, and the call and put of one
/// strike side by side on each line (two dataset rows). With no root column, the settlement comes from the calendar:
/// monthly expirations (see <see cref="SpxExpirations.IsMonthly"/>) are AM, all others PM.
/// </summary>
internal static class OptionsDxFile
{
    /// <summary>Adds the file's quotes to <paramref name="book"/>; returns the number of data lines read.</summary>
    /// <remarks>A problem in the shared fields drops the line; a problem in one side drops only that side.</remarks>
    public static long Read(NamedText file, int source, SeriesDates series, SpxOptionBook book, ImportTally tally, CancellationToken cancel)
    {
        var fields = FieldReader.Open(file, tally, static name => name.TrimStart('[').TrimEnd(']').Trim());
        var header = fields.Header;
        int date = header.Required("QUOTE_DATE"), expiration = header.Required("EXPIRE_DATE"),
            strike = header.Required("STRIKE"), underlying = header.Required("UNDERLYING_LAST");
        var call = Side(header, "C_");
        var put = Side(header, "P_");
        header.ThrowIfMissing();

        foreach (int line in fields.Rows(cancel))
        {
            if (!SpxQuoteFields.TryContractDates(fields, date, expiration, strike, series, out int quoteDate, out int expires, out double strikePrice)
                || !fields.TryPositive(underlying, out double underlyingLast))
                continue;

            var settlement = SpxExpirations.IsMonthly(expires) ? SettlementStyle.Am : SettlementStyle.Pm;
            var contract = new SpxContract(quoteDate, expires, settlement, strikePrice, underlyingLast);
            if (call.TryRead(fields, contract, OptionRight.Call, tally, out var row))
                book.Add(row, source, line);
            if (put.TryRead(fields, contract, OptionRight.Put, tally, out row))
                book.Add(row, source, line);
        }

        return fields.LinesRead;
    }

    private static SpxQuoteFields Side(HeaderColumns header, string prefix) => new(
        header.Required(prefix + "BID"), header.Required(prefix + "ASK"), header.Required(prefix + "IV"),
        header.Required(prefix + "DELTA"), header.Required(prefix + "GAMMA"), header.Required(prefix + "THETA"),
        header.Required(prefix + "VEGA"), header.Required(prefix + "VOLUME"), OpenInterest: -1);
}
