using Parquet;
using Parquet.Schema;

namespace VixShield.Data.Format;

/// <summary>The dataset folder's file names and Parquet schemas (documented in data/README.md). Version <see cref="Version"/>.</summary>
public static class DatasetSchema
{
    public const int Version = 1;

    public const string ManifestFile = "dataset.json";
    public const string SeriesFile = "series.parquet";
    public const string SpxOptionsFolder = "spx_options";
    public const string VixFuturesFile = "vix_futures.parquet";
    public const string VixOptionsFolder = "vix_options";

    /// <summary>Columns of <see cref="SeriesFile"/>.</summary>
    public static class Series
    {
        public static readonly DataField<int> Date = new("date");
        public static readonly DataField<double> SpxOpen = new("spx_open");
        public static readonly DataField<double> SpxHigh = new("spx_high");
        public static readonly DataField<double> SpxLow = new("spx_low");
        public static readonly DataField<double> SpxClose = new("spx_close");
        public static readonly DataField<double> Vix = new("vix");
        public static readonly DataField<double> Vix3m = new("vix3m");
        public static readonly DataField<int> Advances = new("advances");
        public static readonly DataField<int> Declines = new("declines");
        public static readonly DataField<double> Rate = new("rate");
        public static readonly ParquetSchema Schema = new(Date, SpxOpen, SpxHigh, SpxLow, SpxClose, Vix, Vix3m, Advances, Declines, Rate);
    }

    /// <summary>Columns of each file in <see cref="SpxOptionsFolder"/>, sorted by (date, expiration, right, strike).</summary>
    /// <remarks>
    /// Prices and strikes are doubles (exact decimals); IV and greeks are float32: model outputs with no exactness to keep,
    /// stored at the precision the tape holds them, which halves what a load must decompress.
    /// </remarks>
    public static class SpxOptions
    {
        public static readonly DataField<int> Date = new("date");
        public static readonly DataField<int> Expiration = new("expiration");
        public static readonly DataField<string> Settlement = new("settlement", nullable: false);
        public static readonly DataField<double> Strike = new("strike");
        public static readonly DataField<string> Right = new("right", nullable: false);
        public static readonly DataField<double> Bid = new("bid");
        public static readonly DataField<double> Ask = new("ask");
        public static readonly DataField<float> Iv = new("iv");
        public static readonly DataField<float> Delta = new("delta");
        public static readonly DataField<float> Gamma = new("gamma");
        public static readonly DataField<float> Theta = new("theta");
        public static readonly DataField<float> Vega = new("vega");
        public static readonly DataField<double> Underlying = new("underlying");
        public static readonly DataField<int> OpenInterest = new("open_interest");
        public static readonly DataField<int> Volume = new("volume");
        public static readonly ParquetSchema Schema = new(
            Date, Expiration, Settlement, Strike, Right, Bid, Ask, Iv, Delta, Gamma, Theta, Vega, Underlying, OpenInterest, Volume);
    }

    /// <summary>Columns of <see cref="VixFuturesFile"/>, sorted by (date, expiration).</summary>
    public static class VixFutures
    {
        public static readonly DataField<int> Date = new("date");
        public static readonly DataField<int> Expiration = new("expiration");
        public static readonly DataField<double> Bid = new("bid");
        public static readonly DataField<double> Ask = new("ask");
        public static readonly DataField<double> Settle = new("settle");
        public static readonly ParquetSchema Schema = new(Date, Expiration, Bid, Ask, Settle);
    }

    /// <summary>Columns of each file in <see cref="VixOptionsFolder"/>, sorted by (date, expiration, right, strike).</summary>
    public static class VixOptions
    {
        public static readonly DataField<int> Date = new("date");
        public static readonly DataField<int> Expiration = new("expiration");
        public static readonly DataField<double> Strike = new("strike");
        public static readonly DataField<string> Right = new("right", nullable: false);
        public static readonly DataField<double> Bid = new("bid");
        public static readonly DataField<double> Ask = new("ask");
        public static readonly DataField<float> Iv = new("iv");
        public static readonly DataField<float> Delta = new("delta");
        public static readonly DataField<double> Future = new("future");
        public static readonly ParquetSchema Schema = new(Date, Expiration, Strike, Right, Bid, Ask, Iv, Delta, Future);
    }

    /// <summary>
    /// Writer settings: Zstd at an explicit fast level (Parquet.Net's default is the slowest), byte-stream-split floats,
    /// delta-encoded integers, dictionary-encoded strings.
    /// </summary>
    public static ParquetOptions WriterOptions(ParquetSchema schema)
    {
        var options = new ParquetOptions
        {
            CompressionMethod = CompressionMethod.Zstd,
            CompressionLevel = System.IO.Compression.CompressionLevel.Fastest,
        };
        foreach (var field in schema.GetDataFields())
        {
            var hint = field.ClrType == typeof(double) || field.ClrType == typeof(float) ? EncodingHint.ByteSplitStream
                : field.ClrType == typeof(int) ? EncodingHint.DeltaBinaryPacked
                : EncodingHint.Dictionary;
            options.ColumnEncodingHints[field.Path.ToString()] = hint;
        }

        return options;
    }

    public static string SpxOptionsFile(int year) => Path.Combine(SpxOptionsFolder, $"{year}.parquet");

    public static string VixOptionsFile(int year) => Path.Combine(VixOptionsFolder, $"{year}.parquet");

    public static string SettlementCode(Core.Market.SettlementStyle style) => style == Core.Market.SettlementStyle.Am ? "AM" : "PM";

    public static string RightCode(Core.Market.OptionRight right) => right == Core.Market.OptionRight.Call ? "C" : "P";
}
