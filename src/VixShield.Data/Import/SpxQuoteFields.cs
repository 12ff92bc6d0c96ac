using VixShield.Core.Market;
using VixShield.Data.Format;

namespace VixShield.Data.Import;

/// <summary>The contract half of an SPX vendor row, already checked: quote date, expiration, settlement, strike, underlying.</summary>
internal readonly record struct SpxContract(int Date, int Expiration, SettlementStyle Settlement, double Strike, double Underlying);

/// <summary>
/// Where one side (call or put) of an SPX quote sits in a vendor row, and how it becomes an <see cref="SpxOptionRow"/>
/// in dataset units. Shared by the Cboe and OptionsDX readers, whose quotes and greeks use the same conventions.
/// </summary>
/// <remarks>Each value is a column index; <see cref="OpenInterest"/> is -1 when the vendor has no such column (stored as 0).</remarks>
internal sealed record SpxQuoteFields(int Bid, int Ask, int Iv, int Delta, int Gamma, int Theta, int Vega, int Volume, int OpenInterest)
{
    /// <summary>Reads quote date (a series date), expiration (a Saturday becomes its last trading day, not before the quote date) and strike.</summary>
    public static bool TryContractDates(
        FieldReader fields, int dateColumn, int expirationColumn, int strikeColumn, SeriesDates series,
        out int date, out int expiration, out double strike)
    {
        expiration = 0;
        strike = 0;
        if (!fields.TrySeriesDate(dateColumn, series, out date) || !fields.TryDate(expirationColumn, out int listed))
            return false;
        expiration = SpxExpirations.LastTradingDay(listed);
        return fields.NotExpired(expirationColumn, expiration, dateColumn, date)
            && fields.TryPositive(strikeColumn, out strike);
    }

    /// <summary>
    /// Reads bid and ask (whole cents, not crossed), IV and greeks (converted to dataset units; a blank one takes its
    /// zero-volatility value and the row is counted in <see cref="ImportTally.GreeksFilled"/>), volume and open interest.
    /// </summary>
    public bool TryRead(FieldReader fields, in SpxContract contract, OptionRight right, ImportTally tally, out SpxOptionRow row)
    {
        row = default;
        int openInterest = 0;
        if (!fields.TryPrice(Bid, out double bid) || !fields.TryPrice(Ask, out double ask) || !fields.NotCrossed(Bid, bid, Ask, ask)
            || !fields.TryOptionalNumber(Iv, out double iv) || !fields.TryOptionalNumber(Delta, out double delta)
            || !fields.TryOptionalNumber(Gamma, out double gamma) || !fields.TryOptionalNumber(Theta, out double theta)
            || !fields.TryOptionalNumber(Vega, out double vega)
            || !fields.TryCount(Volume, emptyIsZero: true, out int volume)
            || (OpenInterest >= 0 && !fields.TryCount(OpenInterest, emptyIsZero: true, out openInterest)))
            return false;

        bool filled = false;
        iv = OrZero(iv, ref filled);
        gamma = OrZero(gamma, ref filled);
        theta = OrZero(theta, ref filled);
        vega = OrZero(vega, ref filled);
        if (double.IsNaN(delta))
        {
            delta = VendorGreeks.ZeroVolatilityDelta(right, contract.Strike, contract.Underlying);
            filled = true;
        }

        if (filled)
            tally.FilledGreeks();
        row = new SpxOptionRow(
            contract.Date, contract.Expiration, contract.Settlement, contract.Strike, right, bid, ask, iv, delta, gamma,
            VendorGreeks.ThetaPerYear(theta), VendorGreeks.VegaPerUnitVolatility(vega), contract.Underlying, openInterest, volume);
        return true;
    }

    private static double OrZero(double value, ref bool filled)
    {
        if (!double.IsNaN(value)) return value;
        filled = true;
        return 0;
    }
}
