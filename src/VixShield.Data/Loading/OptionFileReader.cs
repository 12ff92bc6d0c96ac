using System.Buffers;
using Parquet;
using VixShield.Core.Market;
using VixShield.Data.Format;

namespace VixShield.Data.Loading;

/// <summary>
/// Decodes a folder of option Parquet files (one per year) into <see cref="OptionRows"/>, validating every row.
/// Row groups are decoded in parallel straight into their slice of the final arrays; a sequential pass then checks
/// ordering across row-group boundaries and closes the gaps left by date-range trimming or lenient drops.
/// </summary>
internal sealed class OptionFileReader
{
    private readonly OptionFileLayout _layout;
    private readonly string _folder;
    private readonly TapeLoadOptions _options;
    private readonly int[] _snapshotDates;

    public OptionFileReader(OptionFileLayout layout, string folder, TapeLoadOptions options, int[] snapshotDates)
    {
        _layout = layout;
        _folder = folder;
        _options = options;
        _snapshotDates = snapshotDates;
    }

    private sealed class Part
    {
        public required string File { get; init; }

        public required string ShownFile { get; init; }

        public required int RowGroup { get; init; }

        public required long FirstFileRow { get; init; }

        public required int Offset { get; init; }

        public required int Capacity { get; init; }

        public int Kept { get; set; }

        public DatasetException? Error { get; set; }

        public Dictionary<QuoteProblem, long> Dropped { get; } = new();
    }

    public async Task<OptionRows> ReadAsync(LoadReport report, CancellationToken cancel)
    {
        var parts = await PlanAsync(cancel);
        int capacity = parts.Count == 0 ? 0 : parts[^1].Offset + parts[^1].Capacity;
        var rows = Allocate(capacity);

        await Parallel.ForEachAsync(parts, new ParallelOptions { MaxDegreeOfParallelism = _options.Parallelism, CancellationToken = cancel },
            async (part, token) =>
            {
                try
                {
                    await DecodeAsync(part, rows, token);
                }
                catch (DatasetException e)
                {
                    part.Error = e;
                }
            });

        var firstError = parts.FirstOrDefault(p => p.Error is not null)?.Error;
        if (firstError is not null)
            throw firstError;

        int kept = StitchParts(parts, rows);
        foreach (var part in parts)
        {
            foreach (var (problem, count) in part.Dropped)
                report.AddDropped(_layout.Family, problem, count);
        }

        return kept == capacity ? rows : Trim(rows, kept);
    }

    private async Task<List<Part>> PlanAsync(CancellationToken cancel)
    {
        var parts = new List<Part>();
        if (!Directory.Exists(_folder))
            return parts;
        int offset = 0;
        foreach (string file in Directory.GetFiles(_folder, "*.parquet").OrderBy(f => f, StringComparer.Ordinal))
        {
            string shown = Path.Combine(_layout.Family, Path.GetFileName(file));
            await using var stream = File.OpenRead(file);
            await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancel);
            ParquetColumns.Require(reader, shown, _layout.Fields);
            long fileRow = 0;
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                int count = checked((int)group.RowCount);
                var stats = group.GetStatistics(_layout.Date);
                bool outside = stats?.MinValue is int min && stats.MaxValue is int max && (max < _options.FromCode || min > _options.ToCode);
                if (!outside && count > 0)
                {
                    parts.Add(new Part { File = file, ShownFile = shown, RowGroup = g, FirstFileRow = fileRow, Offset = offset, Capacity = count });
                    offset = checked(offset + count);
                }

                fileRow += count;
            }
        }

        return parts;
    }

    private bool LoadsGreeks => _layout.HasGreeks && _options.Greeks;

    private OptionRows Allocate(int n) => new(
        new int[n], new int[n], new SettlementStyle[n], new OptionRight[n], new float[n], new OptionQuote[n],
        new float[n], LoadsGreeks ? new float[n] : null, LoadsGreeks ? new float[n] : null,
        LoadsGreeks ? new float[n] : null, new double[n]);

    private async Task DecodeAsync(Part part, OptionRows rows, CancellationToken cancel)
    {
        await using var stream = File.OpenRead(part.File);
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancel);
        using var group = reader.OpenRowGroupReader(part.RowGroup);
        int n = part.Capacity;
        var fields = ParquetColumns.Require(reader, part.ShownFile, _layout.Fields);
        var doubles = ArrayPool<double>.Shared;
        double[] strike = doubles.Rent(n), bid = doubles.Rent(n), ask = doubles.Rent(n), underlying = doubles.Rent(n);
        float[] delta = ArrayPool<float>.Shared.Rent(n);
        CodeColumn? settlement = null, right = null;
        using var handle = File.OpenHandle(part.File);
        try
        {
            int f = 0, g = part.RowGroup;
            await group.ReadAsync<int>(fields[f++], rows.Date.AsMemory(part.Offset, n), cancellationToken: cancel);
            await group.ReadAsync<int>(fields[f++], rows.Expiration.AsMemory(part.Offset, n), cancellationToken: cancel);
            if (_layout.Settlement is not null)
                settlement = await CodeColumn.ReadAsync(reader, group, g, handle, fields[f++], n, cancel);
            await ParquetColumns.ReadAsync<double>(reader, group, g, handle, fields[f++], strike.AsMemory(0, n), cancel);
            right = await CodeColumn.ReadAsync(reader, group, g, handle, fields[f++], n, cancel);
            await ParquetColumns.ReadAsync<double>(reader, group, g, handle, fields[f++], bid.AsMemory(0, n), cancel);
            await ParquetColumns.ReadAsync<double>(reader, group, g, handle, fields[f++], ask.AsMemory(0, n), cancel);
            // Float columns land straight in the tape's own arrays; the validation pass compacts them with the rest.
            await ParquetColumns.ReadAsync<float>(reader, group, g, handle, fields[f++], rows.ImpliedVol.AsMemory(part.Offset, n), cancel);
            await ParquetColumns.ReadAsync<float>(reader, group, g, handle, fields[f++], delta.AsMemory(0, n), cancel);
            if (_layout.HasGreeks)
            {
                if (LoadsGreeks)
                {
                    await ParquetColumns.ReadAsync<float>(reader, group, g, handle, fields[f], rows.Gamma.AsMemory(part.Offset, n), cancel);
                    await ParquetColumns.ReadAsync<float>(reader, group, g, handle, fields[f + 1], rows.Theta.AsMemory(part.Offset, n), cancel);
                    await ParquetColumns.ReadAsync<float>(reader, group, g, handle, fields[f + 2], rows.Vega.AsMemory(part.Offset, n), cancel);
                }

                f += 3;
            }

            await ParquetColumns.ReadAsync<double>(reader, group, g, handle, fields[f], underlying.AsMemory(0, n), cancel);
            var codes = new DecodedCodes(settlement, Codes(settlement, SettlementOf), right, Codes(right, RightOf)!);
            part.Kept = ValidateInto(part, new DecodedColumns(codes, strike, bid, ask, delta, underlying), rows);
        }
        finally
        {
            settlement?.Return();
            right?.Return();
            foreach (var buffer in new[] { strike, bid, ask, underlying })
                doubles.Return(buffer);
            ArrayPool<float>.Shared.Return(delta);
        }
    }

    private static SettlementStyle? SettlementOf(string code) => code switch { "AM" => SettlementStyle.Am, "PM" => SettlementStyle.Pm, _ => null };

    private static OptionRight? RightOf(string code) => code switch { "C" => OptionRight.Call, "P" => OptionRight.Put, _ => null };

    /// <summary>What each dictionary entry means (null for a bad code), so that rows are decoded by table lookup.</summary>
    private static T?[]? Codes<T>(CodeColumn? column, Func<string, T?> meaning) where T : struct =>
        column is null ? null : Array.ConvertAll(column.Dictionary, entry => meaning(entry));

    private readonly record struct DecodedCodes(CodeColumn? Settlement, SettlementStyle?[]? SettlementCodes, CodeColumn Right, OptionRight?[] RightCodes);

    private readonly record struct DecodedColumns(DecodedCodes Codes, double[] Strike, double[] Bid, double[] Ask, float[] Delta, double[] Underlying);

    /// <summary>Checks each decoded row and copies the good ones, converted, to the front of the part's slice.</summary>
    private int ValidateInto(Part part, DecodedColumns c, OptionRows rows)
    {
        int start = part.Offset, kept = 0, n = part.Capacity;
        int lastDate = 0, lastExp = 0, snapshotCursor = -1, validDate = 0, validExpiration = 0;
        var lastRight = OptionRight.Call;
        double lastStrike = double.NegativeInfinity;
        bool haveLast = false;
        // Hoisted: this loop runs once per quote, ten million times for the default dataset.
        int[] dates = rows.Date, expirations = rows.Expiration;
        float[] strikes = rows.Strike, ivs = rows.ImpliedVol, deltaIn = c.Delta;
        var quotes = rows.Quotes;
        double[] strikeIn = c.Strike, underlyingIn = c.Underlying, underlyings = rows.Underlying;
        for (int i = 0; i < n; i++)
        {
            int date = dates[start + i], expiration = expirations[start + i];
            if (date < _options.FromCode || date > _options.ToCode)
                continue;

            // Dates change once per snapshot and expirations once per slot: check each new one once.
            bool datesValid = (date == validDate && expiration == validExpiration) || (DateCode.IsValid(date) && DateCode.IsValid(expiration));
            var problem = CheckRow(datesValid, date, expiration, c, i, rows, start + i, out var settlement, out var right, out int bidCents, out int askCents, out string message);
            if (problem is null)
                (validDate, validExpiration) = (date, expiration);
            if (problem is null && haveLast)
            {
                int order = DatasetWriter.CompareOptionKeys(lastDate, lastExp, lastRight, lastStrike, date, expiration, right, strikeIn[i]);
                if (order >= 0)
                {
                    problem = order == 0 ? QuoteProblem.DuplicateKey : QuoteProblem.Unsorted;
                    message = order == 0 ? "duplicate key (date, expiration, right, strike)" : "out of order: rows must be sorted by (date, expiration, right, strike)";
                }
            }

            if (problem is null && (snapshotCursor < 0 || _snapshotDates[snapshotCursor] != date))
            {
                snapshotCursor = Array.BinarySearch(_snapshotDates, date);
                if (snapshotCursor < 0)
                {
                    problem = QuoteProblem.UnknownDate;
                    message = "date is not a snapshot in series.parquet";
                }
            }

            if (problem is { } p)
            {
                if (!_options.Lenient)
                    throw new DatasetException(part.ShownFile, $"row {part.FirstFileRow + i} (row group {part.RowGroup}; {date} {expiration} {DatasetSchema.RightCode(right)} {strikeIn[i]}): {message}");
                part.Dropped[p] = part.Dropped.GetValueOrDefault(p) + 1;
                continue;
            }

            int to = start + kept++;
            dates[to] = date;
            expirations[to] = expiration;
            rows.Settlement[to] = settlement;
            rows.Right[to] = right;
            strikes[to] = (float)strikeIn[i];
            quotes[to] = new OptionQuote(bidCents, askCents, deltaIn[i]);
            ivs[to] = ivs[start + i];
            if (rows.Gamma is not null)
            {
                rows.Gamma[to] = rows.Gamma[start + i];
                rows.Theta![to] = rows.Theta![start + i];
                rows.Vega![to] = rows.Vega![start + i];
            }

            underlyings[to] = underlyingIn[i];
            (lastDate, lastExp, lastRight, lastStrike, haveLast) = (date, expiration, right, strikeIn[i], true);
        }

        return kept;
    }

    private QuoteProblem? CheckRow(bool datesValid, int date, int expiration, DecodedColumns c, int i, OptionRows rows, int row, out SettlementStyle settlement, out OptionRight right, out int bidCents, out int askCents, out string message)
    {
        settlement = _layout.FixedSettlement;
        right = OptionRight.Call;
        bidCents = askCents = 0;
        message = "";
        if (!datesValid)
        {
            message = $"date {date} or expiration {expiration} is not a valid yyyymmdd date";
            return QuoteProblem.BadDate;
        }

        var codes = c.Codes;
        if (codes.RightCodes[codes.Right.Indices[i]] is { } r)
        {
            right = r;
        }
        else
        {
            message = $"right \"{codes.Right.Text(i)}\" is not C or P";
            return QuoteProblem.BadCode;
        }

        if (codes.Settlement is not null)
        {
            if (codes.SettlementCodes![codes.Settlement.Indices[i]] is { } s)
            {
                settlement = s;
            }
            else
            {
                message = $"settlement \"{codes.Settlement.Text(i)}\" is not AM or PM";
                return QuoteProblem.BadCode;
            }
        }

        double strike = c.Strike[i], bid = c.Bid[i], ask = c.Ask[i];
        if (!double.IsFinite(strike) || !double.IsFinite(bid) || !double.IsFinite(ask) || !float.IsFinite(rows.ImpliedVol[row]) || !float.IsFinite(c.Delta[i])
            || !double.IsFinite(c.Underlying[i])
            || (rows.Gamma is not null && (!float.IsFinite(rows.Gamma[row]) || !float.IsFinite(rows.Theta![row]) || !float.IsFinite(rows.Vega![row]))))
        {
            message = "a numeric column is NaN or infinite";
            return QuoteProblem.NotANumber;
        }

        if (strike <= 0 || c.Underlying[i] <= 0)
        {
            message = strike <= 0 ? $"strike {strike} must be positive" : $"{_layout.Underlying.Name} {c.Underlying[i]} must be positive";
            return QuoteProblem.NegativeValue;
        }

        if (RowCheck.Quote(bid, ask, out bidCents, out askCents, out message) is { } quoteProblem)
            return quoteProblem;

        if ((float)strike != strike)
        {
            message = $"strike {strike} is not on a representable grid (multiples of 1/64 below 100,000)";
            return QuoteProblem.OffGridPrice;
        }

        if (expiration < date)
        {
            message = "expiration is before the quote date";
            return QuoteProblem.ExpiredBeforeDate;
        }

        return null;
    }

    /// <summary>Moves each part's kept rows next to the previous part's, checking order across part boundaries.</summary>
    private int StitchParts(List<Part> parts, OptionRows rows)
    {
        int write = 0;
        foreach (var part in parts)
        {
            int skip = 0;
            if (write > 0)
            {
                int last = write - 1;
                while (skip < part.Kept)
                {
                    int r = part.Offset + skip;
                    int order = DatasetWriter.CompareOptionKeys(rows.Date[last], rows.Expiration[last], rows.Right[last], rows.Strike[last], rows.Date[r], rows.Expiration[r], rows.Right[r], rows.Strike[r]);
                    if (order < 0)
                        break;
                    var problem = order == 0 ? QuoteProblem.DuplicateKey : QuoteProblem.Unsorted;
                    if (!_options.Lenient)
                        throw new DatasetException(part.ShownFile, $"row group {part.RowGroup} starts with ({rows.Date[r]} {rows.Expiration[r]} {DatasetSchema.RightCode(rows.Right[r])} {rows.Strike[r]}), which does not sort after the previous row group's last row: {(order == 0 ? "duplicate key" : "rows out of order")}");
                    part.Dropped[problem] = part.Dropped.GetValueOrDefault(problem) + 1;
                    skip++;
                }
            }

            int count = part.Kept - skip, from = part.Offset + skip;
            if (from != write && count > 0)
                MoveRows(rows, from, write, count);
            write += count;
        }

        return write;
    }

    private static void MoveRows(OptionRows rows, int from, int to, int count)
    {
        Array.Copy(rows.Date, from, rows.Date, to, count);
        Array.Copy(rows.Expiration, from, rows.Expiration, to, count);
        Array.Copy(rows.Settlement, from, rows.Settlement, to, count);
        Array.Copy(rows.Right, from, rows.Right, to, count);
        Array.Copy(rows.Strike, from, rows.Strike, to, count);
        Array.Copy(rows.Quotes, from, rows.Quotes, to, count);
        Array.Copy(rows.ImpliedVol, from, rows.ImpliedVol, to, count);
        if (rows.Gamma is not null)
        {
            Array.Copy(rows.Gamma, from, rows.Gamma, to, count);
            Array.Copy(rows.Theta!, from, rows.Theta!, to, count);
            Array.Copy(rows.Vega!, from, rows.Vega!, to, count);
        }

        Array.Copy(rows.Underlying, from, rows.Underlying, to, count);
    }

    private static OptionRows Trim(OptionRows rows, int n) => new(
        rows.Date[..n], rows.Expiration[..n], rows.Settlement[..n], rows.Right[..n], rows.Strike[..n], rows.Quotes[..n],
        rows.ImpliedVol[..n], rows.Gamma?[..n], rows.Theta?[..n], rows.Vega?[..n], rows.Underlying[..n]);
}
