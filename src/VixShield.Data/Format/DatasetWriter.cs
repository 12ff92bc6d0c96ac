using Parquet;
using Parquet.Schema;
using VixShield.Core.Market;
using F = VixShield.Data.Format.DatasetSchema.VixFutures;
using O = VixShield.Data.Format.DatasetSchema.SpxOptions;
using S = VixShield.Data.Format.DatasetSchema.Series;
using V = VixShield.Data.Format.DatasetSchema.VixOptions;

namespace VixShield.Data.Format;

/// <summary>
/// Writes a dataset folder atomically: files go to a staging folder beside the target, which is renamed into place
/// by <see cref="Commit"/>. A writer disposed without a commit (an error, a cancel) deletes its staging folder,
/// so a failed generate or import leaves nothing behind.
/// </summary>
/// <remarks>Options and VIX options are written one file per year with one row group per month; distinct years may be written concurrently.</remarks>
public sealed class DatasetWriter : IAsyncDisposable
{
    private readonly string _target;
    private readonly bool _overwrite;
    private long _seriesRows, _spxRows, _vixFutureRows, _vixOptionRows;
    private int _firstDate, _lastDate;
    private bool _committed;

    private DatasetWriter(string target, bool overwrite)
    {
        _target = Path.GetFullPath(target);
        _overwrite = overwrite;
        StagingDirectory = $"{_target.TrimEnd(Path.DirectorySeparatorChar)}.partial-{Environment.ProcessId}";
        if (Directory.Exists(StagingDirectory))
            Directory.Delete(StagingDirectory, recursive: true);
        Directory.CreateDirectory(StagingDirectory);
    }

    public string StagingDirectory { get; }

    /// <summary>Starts a dataset at <paramref name="targetDirectory"/>; refuses an existing one unless <paramref name="overwrite"/>.</summary>
    public static DatasetWriter Create(string targetDirectory, bool overwrite = false)
    {
        if (!overwrite && Directory.Exists(targetDirectory) && Directory.EnumerateFileSystemEntries(targetDirectory).Any())
            throw new DatasetException(targetDirectory, "already exists and is not empty (use --force to replace it)");
        return new DatasetWriter(targetDirectory, overwrite);
    }

    public async Task WriteSeriesAsync(IReadOnlyList<SeriesRow> rows, CancellationToken cancel = default)
    {
        RequireAscending(rows, static (a, b) => a.Date.CompareTo(b.Date), "series dates");
        await WriteFileAsync(DatasetSchema.SeriesFile, S.Schema, rows, static r => r.Date, async (group, part) =>
        {
            await group.WriteAsync(S.Date, Column(part, r => r.Date), cancellationToken: cancel);
            await group.WriteAsync(S.SpxOpen, Column(part, r => r.SpxOpen), cancellationToken: cancel);
            await group.WriteAsync(S.SpxHigh, Column(part, r => r.SpxHigh), cancellationToken: cancel);
            await group.WriteAsync(S.SpxLow, Column(part, r => r.SpxLow), cancellationToken: cancel);
            await group.WriteAsync(S.SpxClose, Column(part, r => r.SpxClose), cancellationToken: cancel);
            await group.WriteAsync(S.Vix, Column(part, r => r.Vix), cancellationToken: cancel);
            await group.WriteAsync(S.Vix3m, Column(part, r => r.Vix3m), cancellationToken: cancel);
            await group.WriteAsync(S.Advances, Column(part, r => r.Advances), cancellationToken: cancel);
            await group.WriteAsync(S.Declines, Column(part, r => r.Declines), cancellationToken: cancel);
            await group.WriteAsync(S.Rate, Column(part, r => r.Rate), cancellationToken: cancel);
        }, rowGroupPerMonth: false);
        _seriesRows = rows.Count;
        if (rows.Count > 0)
        {
            _firstDate = rows[0].Date;
            _lastDate = rows[^1].Date;
        }
    }

    public async Task WriteSpxOptionsAsync(int year, IReadOnlyList<SpxOptionRow> rows, CancellationToken cancel = default)
    {
        RequireYear(year, rows, static r => r.Date);
        RequireAscending(rows, static (a, b) => CompareOptionKeys(a.Date, a.Expiration, a.Right, a.Strike, b.Date, b.Expiration, b.Right, b.Strike), $"spx_options {year} keys (date, expiration, right, strike)");
        await WriteFileAsync(DatasetSchema.SpxOptionsFile(year), O.Schema, rows, static r => r.Date, async (group, part) =>
        {
            await group.WriteAsync(O.Date, Column(part, r => r.Date), cancellationToken: cancel);
            await group.WriteAsync(O.Expiration, Column(part, r => r.Expiration), cancellationToken: cancel);
            await group.WriteAsync(O.Settlement, Array.ConvertAll(part, r => DatasetSchema.SettlementCode(r.Settlement)));
            await group.WriteAsync(O.Strike, Column(part, r => r.Strike), cancellationToken: cancel);
            await group.WriteAsync(O.Right, Array.ConvertAll(part, r => DatasetSchema.RightCode(r.Right)));
            await group.WriteAsync(O.Bid, Column(part, r => r.Bid), cancellationToken: cancel);
            await group.WriteAsync(O.Ask, Column(part, r => r.Ask), cancellationToken: cancel);
            await group.WriteAsync(O.Iv, Column(part, r => (float)r.ImpliedVol), cancellationToken: cancel);
            await group.WriteAsync(O.Delta, Column(part, r => (float)r.Delta), cancellationToken: cancel);
            await group.WriteAsync(O.Gamma, Column(part, r => (float)r.Gamma), cancellationToken: cancel);
            await group.WriteAsync(O.Theta, Column(part, r => (float)r.Theta), cancellationToken: cancel);
            await group.WriteAsync(O.Vega, Column(part, r => (float)r.Vega), cancellationToken: cancel);
            await group.WriteAsync(O.Underlying, Column(part, r => r.Underlying), cancellationToken: cancel);
            await group.WriteAsync(O.OpenInterest, Column(part, r => r.OpenInterest), cancellationToken: cancel);
            await group.WriteAsync(O.Volume, Column(part, r => r.Volume), cancellationToken: cancel);
        }, rowGroupPerMonth: true);
        Interlocked.Add(ref _spxRows, rows.Count);
    }

    public async Task WriteVixFuturesAsync(IReadOnlyList<VixFutureRow> rows, CancellationToken cancel = default)
    {
        RequireAscending(rows, static (a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Expiration.CompareTo(b.Expiration), "vix_futures keys (date, expiration)");
        await WriteFileAsync(DatasetSchema.VixFuturesFile, F.Schema, rows, static r => r.Date, async (group, part) =>
        {
            await group.WriteAsync(F.Date, Column(part, r => r.Date), cancellationToken: cancel);
            await group.WriteAsync(F.Expiration, Column(part, r => r.Expiration), cancellationToken: cancel);
            await group.WriteAsync(F.Bid, Column(part, r => r.Bid), cancellationToken: cancel);
            await group.WriteAsync(F.Ask, Column(part, r => r.Ask), cancellationToken: cancel);
            await group.WriteAsync(F.Settle, Column(part, r => r.Settle), cancellationToken: cancel);
        }, rowGroupPerMonth: true);
        _vixFutureRows = rows.Count;
    }

    public async Task WriteVixOptionsAsync(int year, IReadOnlyList<VixOptionRow> rows, CancellationToken cancel = default)
    {
        RequireYear(year, rows, static r => r.Date);
        RequireAscending(rows, static (a, b) => CompareOptionKeys(a.Date, a.Expiration, a.Right, a.Strike, b.Date, b.Expiration, b.Right, b.Strike), $"vix_options {year} keys (date, expiration, right, strike)");
        await WriteFileAsync(DatasetSchema.VixOptionsFile(year), V.Schema, rows, static r => r.Date, async (group, part) =>
        {
            await group.WriteAsync(V.Date, Column(part, r => r.Date), cancellationToken: cancel);
            await group.WriteAsync(V.Expiration, Column(part, r => r.Expiration), cancellationToken: cancel);
            await group.WriteAsync(V.Strike, Column(part, r => r.Strike), cancellationToken: cancel);
            await group.WriteAsync(V.Right, Array.ConvertAll(part, r => DatasetSchema.RightCode(r.Right)));
            await group.WriteAsync(V.Bid, Column(part, r => r.Bid), cancellationToken: cancel);
            await group.WriteAsync(V.Ask, Column(part, r => r.Ask), cancellationToken: cancel);
            await group.WriteAsync(V.Iv, Column(part, r => (float)r.ImpliedVol), cancellationToken: cancel);
            await group.WriteAsync(V.Delta, Column(part, r => (float)r.Delta), cancellationToken: cancel);
            await group.WriteAsync(V.Future, Column(part, r => r.Future), cancellationToken: cancel);
        }, rowGroupPerMonth: true);
        Interlocked.Add(ref _vixOptionRows, rows.Count);
    }

    /// <summary>Writes <c>dataset.json</c> (row counts and date range filled in) and moves the dataset into place.</summary>
    public void Commit(DatasetManifest manifest)
    {
        if (_seriesRows == 0)
            throw new InvalidOperationException("A dataset needs series.parquet with at least one snapshot.");
        var complete = manifest with
        {
            Start = DateCode.Format(_firstDate),
            End = DateCode.Format(_lastDate),
            Rows = new DatasetRowCounts { Series = _seriesRows, SpxOptions = _spxRows, VixFutures = _vixFutureRows, VixOptions = _vixOptionRows },
        };
        File.WriteAllText(Path.Combine(StagingDirectory, DatasetSchema.ManifestFile), complete.ToJson());

        string? displaced = null;
        if (Directory.Exists(_target))
        {
            if (!_overwrite && Directory.EnumerateFileSystemEntries(_target).Any())
                throw new DatasetException(_target, "appeared while the dataset was being written; not replaced");
            displaced = $"{_target}.old-{Environment.ProcessId}";
            Directory.Move(_target, displaced);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(_target)!);
        Directory.Move(StagingDirectory, _target);
        _committed = true;
        if (displaced is not null)
            Directory.Delete(displaced, recursive: true);
    }

    public ValueTask DisposeAsync()
    {
        if (!_committed && Directory.Exists(StagingDirectory))
            Directory.Delete(StagingDirectory, recursive: true);
        return ValueTask.CompletedTask;
    }

    internal static int CompareOptionKeys(int dateA, int expA, OptionRight rightA, double strikeA, int dateB, int expB, OptionRight rightB, double strikeB)
    {
        if (dateA != dateB) return dateA.CompareTo(dateB);
        if (expA != expB) return expA.CompareTo(expB);
        if (rightA != rightB) return rightA.CompareTo(rightB);
        return strikeA.CompareTo(strikeB);
    }

    private async Task WriteFileAsync<TRow>(
        string relativePath, ParquetSchema schema, IReadOnlyList<TRow> rows, Func<TRow, int> date,
        Func<ParquetRowGroupWriter, TRow[], Task> writeGroup, bool rowGroupPerMonth)
    {
        string path = Path.Combine(StagingDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream, DatasetSchema.WriterOptions(schema));
        int start = 0;
        while (start < rows.Count)
        {
            int end = start + 1;
            if (rowGroupPerMonth)
            {
                int month = date(rows[start]) / 100;
                while (end < rows.Count && date(rows[end]) / 100 == month) end++;
            }
            else
            {
                end = rows.Count;
            }

            var part = new TRow[end - start];
            for (int i = start; i < end; i++) part[i - start] = rows[i];
            using (var group = writer.CreateRowGroup())
                await writeGroup(group, part);
            start = end;
        }
    }

    private static ReadOnlyMemory<T> Column<TRow, T>(TRow[] part, Func<TRow, T> select)
        where T : struct => Array.ConvertAll(part, r => select(r));

    private static void RequireAscending<TRow>(IReadOnlyList<TRow> rows, Func<TRow, TRow, int> compare, string what)
    {
        for (int i = 1; i < rows.Count; i++)
        {
            if (compare(rows[i - 1], rows[i]) >= 0)
                throw new ArgumentException($"{what} must be strictly ascending; row {i} is not ({rows[i]}).");
        }
    }

    private static void RequireYear<TRow>(int year, IReadOnlyList<TRow> rows, Func<TRow, int> date)
    {
        foreach (var row in rows)
        {
            if (date(row) / 10000 != year)
                throw new ArgumentException($"Row {row} does not belong to the {year} file.");
        }
    }
}
