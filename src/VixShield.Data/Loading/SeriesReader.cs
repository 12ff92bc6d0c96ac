using Parquet;
using VixShield.Core.Market;
using VixShield.Data.Format;
using S = VixShield.Data.Format.DatasetSchema.Series;

namespace VixShield.Data.Loading;

/// <summary>Reads and validates <c>series.parquet</c> into a <see cref="MarketSeries"/> and the snapshot dates.</summary>
internal static class SeriesReader
{
    public static async Task<(int[] Dates, MarketSeries Series)> ReadAsync(string datasetDirectory, TapeLoadOptions options, LoadReport report, CancellationToken cancel)
    {
        string file = Path.Combine(datasetDirectory, DatasetSchema.SeriesFile);
        string shown = DatasetSchema.SeriesFile;
        if (!File.Exists(file))
            throw new DatasetException(shown, "missing");
        await using var stream = File.OpenRead(file);
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancel);
        var f = ParquetColumns.Require(reader, shown, [S.Date, S.SpxOpen, S.SpxHigh, S.SpxLow, S.SpxClose, S.Vix, S.Vix3m, S.Advances, S.Declines, S.Rate]);

        var date = new List<int>();
        var open = new List<double>();
        var high = new List<double>();
        var low = new List<double>();
        var close = new List<double>();
        var vix = new List<double>();
        var vix3m = new List<double>();
        var adv = new List<int>();
        var dec = new List<int>();
        var rate = new List<double>();
        long fileRow = 0;
        int previous = int.MinValue;
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            int n = checked((int)group.RowCount);
            var cDate = new int[n];
            var cOpen = new double[n];
            var cHigh = new double[n];
            var cLow = new double[n];
            var cClose = new double[n];
            var cVix = new double[n];
            var cVix3m = new double[n];
            var cAdv = new int[n];
            var cDec = new int[n];
            var cRate = new double[n];
            await group.ReadAsync<int>(f[0], cDate, cancellationToken: cancel);
            await group.ReadAsync<double>(f[1], cOpen, cancellationToken: cancel);
            await group.ReadAsync<double>(f[2], cHigh, cancellationToken: cancel);
            await group.ReadAsync<double>(f[3], cLow, cancellationToken: cancel);
            await group.ReadAsync<double>(f[4], cClose, cancellationToken: cancel);
            await group.ReadAsync<double>(f[5], cVix, cancellationToken: cancel);
            await group.ReadAsync<double>(f[6], cVix3m, cancellationToken: cancel);
            await group.ReadAsync<int>(f[7], cAdv, cancellationToken: cancel);
            await group.ReadAsync<int>(f[8], cDec, cancellationToken: cancel);
            await group.ReadAsync<double>(f[9], cRate, cancellationToken: cancel);
            for (int i = 0; i < n; i++, fileRow++)
            {
                var problem = Check(cDate[i], cOpen[i], cHigh[i], cLow[i], cClose[i], cVix[i], cVix3m[i], cAdv[i], cDec[i], cRate[i], previous, out string message);
                if (problem is { } p)
                {
                    if (!options.Lenient)
                        throw new DatasetException(shown, $"row {fileRow} (date {cDate[i]}): {message}");
                    report.AddDropped("series", p, 1);
                    continue;
                }

                previous = cDate[i];
                if (cDate[i] < options.FromCode || cDate[i] > options.ToCode)
                    continue;
                date.Add(cDate[i]);
                open.Add(cOpen[i]);
                high.Add(cHigh[i]);
                low.Add(cLow[i]);
                close.Add(cClose[i]);
                vix.Add(cVix[i]);
                vix3m.Add(cVix3m[i]);
                adv.Add(cAdv[i]);
                dec.Add(cDec[i]);
                rate.Add(cRate[i]);
            }
        }

        if (date.Count == 0)
            throw new DatasetException(shown, options.From is null && options.To is null ? "no snapshots" : "no snapshots in the requested date range");
        report.SeriesRows = date.Count;
        return (date.ToArray(), new MarketSeries(open.ToArray(), high.ToArray(), low.ToArray(), close.ToArray(), vix.ToArray(), vix3m.ToArray(), adv.ToArray(), dec.ToArray(), rate.ToArray()));
    }

    private static QuoteProblem? Check(int date, double open, double high, double low, double close, double vix, double vix3m, int adv, int dec, double rate, int previous, out string message)
    {
        message = "";
        if (!DateCode.IsValid(date))
        {
            message = $"date {date} is not a valid yyyymmdd date";
            return QuoteProblem.BadDate;
        }

        if (date == previous)
        {
            message = "duplicate date";
            return QuoteProblem.DuplicateKey;
        }

        if (date < previous)
        {
            message = $"date is before the previous row's {previous}; rows must be sorted by date";
            return QuoteProblem.Unsorted;
        }

        foreach (var (name, value) in new[] { ("spx_open", open), ("spx_high", high), ("spx_low", low), ("spx_close", close), ("vix", vix), ("vix3m", vix3m), ("rate", rate) })
        {
            if (!double.IsFinite(value))
            {
                message = $"{name} is {value}";
                return QuoteProblem.NotANumber;
            }

            if (name != "rate" && value <= 0)
            {
                message = $"{name} {value} must be positive";
                return QuoteProblem.NegativeValue;
            }
        }

        if (adv < 0 || dec < 0)
        {
            message = $"advances {adv} and declines {dec} must not be negative";
            return QuoteProblem.NegativeValue;
        }

        if (high < low || open > high || open < low || close > high || close < low)
        {
            message = $"bar is inconsistent: open {open}, high {high}, low {low}, close {close}";
            return QuoteProblem.InconsistentBar;
        }

        return null;
    }
}
