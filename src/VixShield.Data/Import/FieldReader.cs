using System.Globalization;
using VixShield.Core.Market;

namespace VixShield.Data.Import;

/// <summary>
/// Walks the data rows of one CSV file and reads the current row into typed values. A bad field is reported through
/// the <see cref="ImportTally"/> as one line naming the file, the line, the column, the text and the problem;
/// every <c>Try</c> method returns false when the row must be dropped.
/// </summary>
internal sealed class FieldReader(CsvRecordReader csv, HeaderColumns header, string file, ImportTally tally)
{
    /// <summary>Reads the header line of <paramref name="file"/>; <paramref name="normalize"/> turns raw column names into the names looked up.</summary>
    public static FieldReader Open(NamedText file, ImportTally tally, Func<string, string>? normalize = null)
    {
        var csv = new CsvRecordReader(file.Text);
        return new FieldReader(csv, HeaderColumns.Read(csv, file.Name, normalize ?? (static name => name)), file.Name, tally);
    }

    public HeaderColumns Header => header;

    /// <summary>Data lines read so far, good or bad.</summary>
    public long LinesRead { get; private set; }

    /// <summary>
    /// Moves through the data rows, yielding each one's line number: counts lines, checks for cancellation every 65,536
    /// lines, and reports (and skips) rows whose number of fields differs from the header's.
    /// </summary>
    public IEnumerable<int> Rows(CancellationToken cancel = default)
    {
        while (csv.Read())
        {
            if ((++LinesRead & 0xFFFF) == 0)
                cancel.ThrowIfCancellationRequested();
            if (csv.FieldCount == header.Count
                || Reject(RowProblem.FieldCount, $"has {csv.FieldCount} fields; the header has {header.Count}"))
                yield return csv.LineNumber;
        }
    }

    /// <summary>Where the current record is, as in <c>spx_2016.csv line 1234</c>.</summary>
    public string Place => $"{file} line {csv.LineNumber}";

    public string Column(int column) => header.Names[column];

    public ReadOnlySpan<char> Text(int column) => csv[column];

    /// <summary>Reports a problem with the current row; returns false so that callers can <c>return fields.Reject(...)</c>.</summary>
    public bool Reject(RowProblem kind, string problem)
    {
        tally.Reject(kind, Place, problem);
        return false;
    }

    /// <summary>A date as yyyy-mm-dd or yyyymmdd.</summary>
    public bool TryDate(int column, out int yyyymmdd)
    {
        var text = csv[column];
        if (text.IsEmpty)
        {
            yyyymmdd = 0;
            return Bad(RowProblem.MissingValue, column, "is empty");
        }

        return TryParseDate(text, out yyyymmdd)
            || Bad(RowProblem.NotADate, column, "is not a date (yyyy-mm-dd or yyyymmdd)");
    }

    /// <summary>A date that the series lists.</summary>
    public bool TrySeriesDate(int column, SeriesDates series, out int yyyymmdd) =>
        TryDate(column, out yyyymmdd)
        && (series.Contains(yyyymmdd)
            || Reject(RowProblem.DateNotInSeries, $"{Column(column)} {DateCode.Format(yyyymmdd)} is not a date in {series.File}"));

    /// <summary>Checks that an expiration is not before its quote date.</summary>
    public bool NotExpired(int expirationColumn, int expiration, int dateColumn, int date) =>
        expiration >= date
        || Reject(RowProblem.ExpiredBeforeQuote,
            $"{Column(expirationColumn)} {DateCode.Format(expiration)} is before {Column(dateColumn)} {DateCode.Format(date)}");

    /// <summary>A finite number.</summary>
    public bool TryNumber(int column, out double value)
    {
        if (csv[column].IsEmpty)
        {
            value = double.NaN;
            return Bad(RowProblem.MissingValue, column, "is empty");
        }

        return TryOptionalNumber(column, out value);
    }

    /// <summary>A finite number, or NaN when the field is empty.</summary>
    public bool TryOptionalNumber(int column, out double value)
    {
        var text = csv[column];
        if (text.IsEmpty)
        {
            value = double.NaN;
            return true;
        }

        if (!PlainDecimal.TryParse(text, out value))
            return Bad(RowProblem.NotANumber, column, "is not a number");
        return double.IsFinite(value) || Bad(RowProblem.NotFinite, column, "is not a finite number");
    }

    /// <summary>A price: not negative and a whole number of cents (returned exactly as cents / 100).</summary>
    public bool TryPrice(int column, out double value)
    {
        if (!TryNumber(column, out value))
            return false;
        if (value < 0)
            return Bad(RowProblem.NegativePrice, column, "is negative");
        double cents = Math.Round(value * 100);
        if (Math.Abs(value * 100 - cents) > 1e-6)
            return Bad(RowProblem.NotWholeCents, column, "is not a whole number of cents");
        value = cents / 100;
        return true;
    }

    /// <summary>A strike, underlying or index level: above zero.</summary>
    public bool TryPositive(int column, out double value) =>
        TryNumber(column, out value)
        && (value > 0 || Bad(RowProblem.NegativePrice, column, "is not positive"));

    /// <summary>A whole, non-negative count such as volume or open interest (vendors may write it as 12.000000).</summary>
    public bool TryCount(int column, bool emptyIsZero, out int value)
    {
        value = 0;
        if (emptyIsZero && csv[column].IsEmpty)
            return true;
        if (!TryNumber(column, out double number))
            return false;
        if (number != Math.Floor(number) || number > int.MaxValue)
            return Bad(RowProblem.NotANumber, column, "is not a whole number");
        if (number < 0)
            return Bad(RowProblem.OutOfRange, column, "is negative");
        value = (int)number;
        return true;
    }

    /// <summary>C or P, either case.</summary>
    public bool TryRight(int column, out OptionRight right)
    {
        var text = csv[column];
        right = OptionRight.Call;
        if (text.Length == 1 && (text[0] | 0x20) == 'c')
            return true;
        right = OptionRight.Put;
        if (text.Length == 1 && (text[0] | 0x20) == 'p')
            return true;
        return Bad(RowProblem.BadRight, column, "is not C or P");
    }

    /// <summary>Checks that a quote is not crossed (bid above ask).</summary>
    public bool NotCrossed(int bidColumn, double bid, int askColumn, double ask) =>
        bid <= ask
        || Reject(RowProblem.CrossedQuote,
            $"{Column(bidColumn)} {Invariant(bid)} is above {Column(askColumn)} {Invariant(ask)} (crossed quote)");

    public static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);

    internal static bool TryParseDate(ReadOnlySpan<char> text, out int yyyymmdd)
    {
        yyyymmdd = 0;
        if (text.Length == 10 && text[4] == '-' && text[7] == '-')
            return TryDigits(text[..4], out int year) && TryDigits(text.Slice(5, 2), out int month)
                && TryDigits(text.Slice(8, 2), out int day) && IsValid(year * 10000 + month * 100 + day, out yyyymmdd);
        return text.Length == 8 && TryDigits(text, out int code) && IsValid(code, out yyyymmdd);
    }

    private static bool IsValid(int code, out int yyyymmdd)
    {
        yyyymmdd = code;
        return DateCode.IsValid(code);
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }

        return true;
    }

    private bool Bad(RowProblem kind, int column, string what) =>
        Reject(kind, $"{header.Names[column]} \"{csv[column]}\" {what}");
}
