using Parquet;
using Parquet.Schema;
using VixShield.Core.Market;
using VixShield.Data.Format;
using O = VixShield.Data.Format.DatasetSchema.SpxOptions;

namespace VixShield.Data.Tests.Loading;

/// <summary>
/// Writes dataset files straight through Parquet.Net, bypassing DatasetWriter's own checks,
/// so that tests can plant exactly the bad rows the loader must catch.
/// </summary>
internal sealed class RawDataset : IDisposable
{
    public RawDataset()
    {
        Directory = Path.Combine(Path.GetTempPath(), "vixshield-tests", Guid.NewGuid().ToString("n"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    /// <summary>Three snapshots, 2024-01-02..04; two expirations; calls and puts at 4700 and 4750.</summary>
    public static List<SeriesRow> Series() =>
    [
        new(20240102, 4745, 4755, 4720, 4742.5, 13.2, 14.8, 1200, 1700, 0.05),
        new(20240103, 4740, 4741, 4700, 4704.8, 14.1, 15.3, 900, 2000, 0.05),
        new(20240104, 4705, 4727, 4685, 4688.7, 14.0, 15.2, 1400, 1500, 0.05),
    ];

    public static List<SpxOptionRow> Options()
    {
        var rows = new List<SpxOptionRow>();
        foreach (int date in new[] { 20240102, 20240103, 20240104 })
        {
            foreach (int exp in new[] { 20240119, 20240216 })
            {
                var settlement = exp == 20240119 ? SettlementStyle.Am : SettlementStyle.Pm;
                foreach (var right in new[] { OptionRight.Call, OptionRight.Put })
                {
                    foreach (double strike in new[] { 4700.0, 4750.0 })
                    {
                        double delta = right == OptionRight.Call ? (strike == 4700 ? 0.62 : 0.41) : (strike == 4700 ? -0.38 : -0.59);
                        rows.Add(new SpxOptionRow(date, exp, settlement, strike, right, 40.10, 40.60, 0.13, delta, 0.002, -150.0, 400.0, 4742.5, 1000, 50));
                    }
                }
            }
        }

        return rows;
    }

    public async Task Write(IReadOnlyList<SeriesRow> series, IReadOnlyList<SpxOptionRow> options, string? manifestJson = null)
    {
        File.WriteAllText(Path.Combine(Directory, DatasetSchema.ManifestFile),
            manifestJson ?? new DatasetManifest { Name = "tiny", Source = new DatasetSource { Kind = "synthetic", Seed = 1 } }.ToJson());
        await WriteSeries(series);
        foreach (var year in options.GroupBy(o => o.Date / 10000))
            await WriteOptions(DatasetSchema.SpxOptionsFile(year.Key), year.ToList());
    }

    public Task WriteSeries(IReadOnlyList<SeriesRow> rows)
    {
        return WriteColumns(DatasetSchema.SeriesFile, DatasetSchema.Series.Schema,
            rows.Select(r => r.Date).ToArray(), rows.Select(r => r.SpxOpen).ToArray(), rows.Select(r => r.SpxHigh).ToArray(),
            rows.Select(r => r.SpxLow).ToArray(), rows.Select(r => r.SpxClose).ToArray(), rows.Select(r => r.Vix).ToArray(),
            rows.Select(r => r.Vix3m).ToArray(), rows.Select(r => r.Advances).ToArray(), rows.Select(r => r.Declines).ToArray(),
            rows.Select(r => r.Rate).ToArray());
    }

    public async Task WriteOptions(string relativePath, IReadOnlyList<SpxOptionRow> rows, params IReadOnlyList<SpxOptionRow>[] moreRowGroups)
    {
        string path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(O.Schema, stream);
        foreach (var group in new[] { rows }.Concat(moreRowGroups))
        {
            using var g = writer.CreateRowGroup();
            await g.WriteAsync(O.Date, (ReadOnlyMemory<int>)group.Select(r => r.Date).ToArray());
            await g.WriteAsync(O.Expiration, (ReadOnlyMemory<int>)group.Select(r => r.Expiration).ToArray());
            await g.WriteAsync(O.Settlement, group.Select(r => DatasetSchema.SettlementCode(r.Settlement)).ToArray());
            await g.WriteAsync(O.Strike, (ReadOnlyMemory<double>)group.Select(r => r.Strike).ToArray());
            await g.WriteAsync(O.Right, group.Select(r => DatasetSchema.RightCode(r.Right)).ToArray());
            await g.WriteAsync(O.Bid, (ReadOnlyMemory<double>)group.Select(r => r.Bid).ToArray());
            await g.WriteAsync(O.Ask, (ReadOnlyMemory<double>)group.Select(r => r.Ask).ToArray());
            await g.WriteAsync(O.Iv, (ReadOnlyMemory<float>)group.Select(r => (float)r.ImpliedVol).ToArray());
            await g.WriteAsync(O.Delta, (ReadOnlyMemory<float>)group.Select(r => (float)r.Delta).ToArray());
            await g.WriteAsync(O.Gamma, (ReadOnlyMemory<float>)group.Select(r => (float)r.Gamma).ToArray());
            await g.WriteAsync(O.Theta, (ReadOnlyMemory<float>)group.Select(r => (float)r.Theta).ToArray());
            await g.WriteAsync(O.Vega, (ReadOnlyMemory<float>)group.Select(r => (float)r.Vega).ToArray());
            await g.WriteAsync(O.Underlying, (ReadOnlyMemory<double>)group.Select(r => r.Underlying).ToArray());
            await g.WriteAsync(O.OpenInterest, (ReadOnlyMemory<int>)group.Select(r => r.OpenInterest).ToArray());
            await g.WriteAsync(O.Volume, (ReadOnlyMemory<int>)group.Select(r => r.Volume).ToArray());
        }
    }

    /// <summary>Writes one row group whose columns are given positionally in schema order (ints and doubles only).</summary>
    public async Task WriteColumns(string relativePath, ParquetSchema schema, params Array[] columns)
    {
        string path = Path.Combine(Directory, relativePath);
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream);
        using var g = writer.CreateRowGroup();
        var fields = schema.GetDataFields();
        for (int i = 0; i < fields.Length; i++)
        {
            switch (columns[i])
            {
                case int[] ints: await g.WriteAsync((DataField<int>)fields[i], (ReadOnlyMemory<int>)ints); break;
                case double[] doubles: await g.WriteAsync((DataField<double>)fields[i], (ReadOnlyMemory<double>)doubles); break;
                default: throw new ArgumentException("ints and doubles only");
            }
        }
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
