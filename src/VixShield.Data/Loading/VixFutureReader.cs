using Parquet;
using VixShield.Core.Market;
using VixShield.Data.Format;
using F = VixShield.Data.Format.DatasetSchema.VixFutures;

namespace VixShield.Data.Loading;

/// <summary>Reads and validates <c>vix_futures.parquet</c> (optional: an absent file gives an empty curve).</summary>
internal static class VixFutureReader
{
    private const string Family = "vix_futures";

    public static async Task<VixFutureRows> ReadAsync(string datasetDirectory, TapeLoadOptions options, int[] snapshotDates, LoadReport report, CancellationToken cancel)
    {
        string file = Path.Combine(datasetDirectory, DatasetSchema.VixFuturesFile);
        var kept = new List<(int Date, int Expiration, int Bid, int Ask, double Settle)>();
        if (!File.Exists(file))
            return new VixFutureRows([], [], [], [], []);
        string shown = DatasetSchema.VixFuturesFile;
        await using var stream = File.OpenRead(file);
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancel);
        var f = ParquetColumns.Require(reader, shown, [F.Date, F.Expiration, F.Bid, F.Ask, F.Settle]);
        long fileRow = 0;
        (int Date, int Expiration) last = (int.MinValue, int.MinValue);
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            int n = checked((int)group.RowCount);
            var date = new int[n];
            var expiration = new int[n];
            var bid = new double[n];
            var ask = new double[n];
            var settle = new double[n];
            await group.ReadAsync<int>(f[0], date, cancellationToken: cancel);
            await group.ReadAsync<int>(f[1], expiration, cancellationToken: cancel);
            await group.ReadAsync<double>(f[2], bid, cancellationToken: cancel);
            await group.ReadAsync<double>(f[3], ask, cancellationToken: cancel);
            await group.ReadAsync<double>(f[4], settle, cancellationToken: cancel);
            for (int i = 0; i < n; i++, fileRow++)
            {
                if (date[i] < options.FromCode || date[i] > options.ToCode)
                    continue;
                var problem = Check(date[i], expiration[i], bid[i], ask[i], settle[i], last, snapshotDates, out int bidCents, out int askCents, out string message);
                if (problem is { } p)
                {
                    if (!options.Lenient)
                        throw new DatasetException(shown, $"row {fileRow} ({date[i]} {expiration[i]}): {message}");
                    report.AddDropped(Family, p, 1);
                    continue;
                }

                last = (date[i], expiration[i]);
                kept.Add((date[i], expiration[i], bidCents, askCents, settle[i]));
            }
        }

        report.VixFutureRows = kept.Count;
        return new VixFutureRows(
            kept.Select(k => k.Date).ToArray(), kept.Select(k => k.Expiration).ToArray(),
            kept.Select(k => k.Bid).ToArray(), kept.Select(k => k.Ask).ToArray(), kept.Select(k => k.Settle).ToArray());
    }

    private static QuoteProblem? Check(int date, int expiration, double bid, double ask, double settle, (int Date, int Expiration) last, int[] snapshotDates, out int bidCents, out int askCents, out string message)
    {
        bidCents = askCents = 0;
        message = "";
        if (!DateCode.IsValid(date) || !DateCode.IsValid(expiration))
        {
            message = $"date {date} or expiration {expiration} is not a valid yyyymmdd date";
            return QuoteProblem.BadDate;
        }

        if (!double.IsFinite(bid) || !double.IsFinite(ask) || !double.IsFinite(settle))
        {
            message = "bid, ask or settle is NaN or infinite";
            return QuoteProblem.NotANumber;
        }

        if (settle <= 0)
        {
            message = $"settle {settle} must be positive";
            return QuoteProblem.NegativeValue;
        }

        if (RowCheck.Quote(bid, ask, out bidCents, out askCents, out message) is { } quoteProblem)
            return quoteProblem;

        if (expiration < date)
        {
            message = "expiration is before the quote date";
            return QuoteProblem.ExpiredBeforeDate;
        }

        if ((date, expiration).CompareTo(last) <= 0)
        {
            message = (date, expiration) == last ? "duplicate key (date, expiration)" : "out of order: rows must be sorted by (date, expiration)";
            return (date, expiration) == last ? QuoteProblem.DuplicateKey : QuoteProblem.Unsorted;
        }

        if (Array.BinarySearch(snapshotDates, date) < 0)
        {
            message = "date is not a snapshot in series.parquet";
            return QuoteProblem.UnknownDate;
        }

        return null;
    }
}
