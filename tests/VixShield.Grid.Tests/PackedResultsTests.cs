using System.Text;
using System.Text.Json;
using Akka.Actor;
using Akka.Serialization;
using VixShield.Core.Engine;
using VixShield.Grid.Coordinator;
using VixShield.Grid.Serialization;
using VixShield.Sweeps;
using VixShield.Sweeps.Overfitting;

namespace VixShield.Grid.Tests;

public sealed class PackedResultsTests : IDisposable
{
    private readonly ActorSystem _system = ActorSystem.Create("packed", Akka.Configuration.ConfigurationFactory.ParseString("akka.loglevel = WARNING").WithFallback(GridConfig.Serialization));

    private SerializerWithStringManifest Serializer => (SerializerWithStringManifest)_system.Serialization.FindSerializerFor(new RequestWork(1));

    /// <summary>
    /// Sets as a ten-year backtest makes them: every double at full precision and different from set to set (a
    /// repeated set would flatter any compression), 16 blocks of 157 returns, the counts as whole numbers.
    /// </summary>
    internal static SetResult[] Realistic(int count, long firstIndex = 48_000, int seed = 7)
    {
        var random = new Random(seed);
        double Near(double value) => value * (0.5 + random.NextDouble());
        return Enumerable.Range(0, count).Select(i => SetResult.Ok(firstIndex + i, new BacktestMetrics(
                Near(0.087345123908712341), Near(0.081234567890123457), Near(0.21345678901234568), random.Next(20, 400),
                Near(1.1234567890123457), Near(1.4567890123456789), Near(0.40123456789012345), Near(0.61234567890123456),
                Near(1.8234567890123457), Near(1234.5678901234567), Near(-25_123.456789012346), Near(-0.018234567890123457),
                Near(0.12345678901234568), random.Next(100, 400), random.Next(0, 80), Near(1_100_234.5678901235)))
            with
            {
                Blocks = Enumerable.Range(0, ReturnBlocks.DefaultBlockCount)
                    .Select(_ => new BlockReturnStats(157, (random.NextDouble() - 0.3) * 0.2, random.NextDouble() * 0.004)).ToArray(),
            }).ToArray();
    }

    /// <summary>Undefined metrics, the awkward doubles of <see cref="SerializationTests.Metrics"/>, walk-forward scores with NaN and infinities.</summary>
    private static SetResult[] Awkward()
    {
        var sets = Realistic(4);
        var undefined = sets[1].Metrics! with { Sharpe = double.NaN, Sortino = double.PositiveInfinity, Calmar = double.NegativeInfinity, ProfitFactor = -0.0 };
        return
        [
            sets[0] with { WindowScores = [0.4123456789012345, double.NaN, double.NegativeInfinity, double.PositiveInfinity, -0.0] },
            sets[1] with { Metrics = undefined, WindowScores = [double.NaN, 1.2345678901234567] },
            new SetResult(sets[2].Index, SerializationTests.Metrics, null) { Blocks = [new(157, -0.0, double.Epsilon), new(0, double.NaN, BitConverter.Int64BitsToDouble(0x7FF8_0000_DEAD_BEEF))] },
            sets[3] with { WindowScores = [] },
        ];
    }

    [Fact]
    public void Realistic_results_with_undefined_metrics_and_window_scores_round_trip_bit_for_bit()
    {
        var results = Realistic(50).Concat(Awkward().Select((s, i) => s with { Index = 48_050 + i })).ToArray();
        Bits.AssertSame(results, RoundTrip(results));
    }

    [Fact]
    public void Failed_sets_keep_their_error_text_and_mix_with_successful_ones()
    {
        var ok = Realistic(3, firstIndex: 10);
        SetResult[] results =
        [
            ok[0],
            SetResult.Failed(11, "entry.dte_min: 50 ist über entry.dte_max 40 — ungültig ✗ 日本語 😀"),
            ok[2] with { Index = 12 },
            SetResult.Failed(13, ""),
            SetResult.Failed(14, new string('x', 1_000)),
        ];
        Bits.AssertSame(results, RoundTrip(results));
    }

    [Fact]
    public void Every_combination_a_set_result_allows_round_trips()
    {
        var metrics = Realistic(1)[0].Metrics!;
        BlockReturnStats[] blocks = [new(3, 0.1, 0.01), new(4, -0.2, 0.04)];
        SetResult[] results =
        [
            new(0, null, null),
            new(1, metrics, "both metrics and an error"),
            new(2, null, "an error with blocks and scores") { Blocks = blocks, WindowScores = [1.5] },
            new(3, metrics, null) { Blocks = [] },
            new(4, metrics, null) { WindowScores = [] },
            new(5, null, null) { WindowScores = [double.NaN] },
            new(6, metrics, null) { Blocks = blocks },
        ];
        var back = RoundTrip(results);
        Bits.AssertSame(results, back);
        Assert.Null(back[0].Blocks);
        Assert.Empty(back[3].Blocks!);
        Assert.Null(back[3].WindowScores);
        Assert.Empty(back[4].WindowScores!);
    }

    [Fact]
    public void Indices_that_are_not_consecutive_round_trip()
    {
        var sets = Realistic(6);
        long[] indices = [7, 3, 3, 1_000_000_000_000, long.MinValue, long.MaxValue];
        var results = sets.Select((s, i) => s with { Index = indices[i] }).ToArray();
        Bits.AssertSame(results, RoundTrip(results));
    }

    [Fact]
    public void A_set_whose_block_counts_differ_from_the_first_keeps_its_own()
    {
        var sets = Realistic(4);
        SetResult[] results =
        [
            SetResult.Failed(47_999, "no blocks before the first set that has them"),
            sets[0],
            sets[1] with { Blocks = sets[1].Blocks!.Select((b, i) => i == 5 ? b with { Count = 156 } : b).ToArray() },
            sets[2] with { Blocks = sets[2].Blocks![..12] },
            sets[3] with { Blocks = sets[3].Blocks!.Select(b => b with { Count = -1 }).ToArray() },
        ];
        Bits.AssertSame(results, RoundTrip(results));
    }

    [Fact]
    public void An_empty_list_round_trips()
    {
        Assert.Empty(RoundTrip([]));
    }

    [Theory]
    [InlineData("UnitCompleted.v1")]
    [InlineData("UnitResults.v1")]
    public void The_v1_array_form_still_reads_identically(string manifest)
    {
        var results = Realistic(20).Concat(Awkward().Select((s, i) => s with { Index = 48_020 + i })).Append(SetResult.Failed(48_030, "dte ✗")).ToArray();
        object v1 = manifest.StartsWith("UnitCompleted", StringComparison.Ordinal)
            ? new UnitCompletedV1Form("s", 3, results)
            : new UnitResultsV1Form("s", 3, results, 1.25);
        byte[] bytes = JsonSerializer.SerializeToUtf8Bytes(v1, GridJsonSerializer.Options);
        Assert.StartsWith("""{"SweepId":"s","UnitId":3,"Results":[{"Index":48000,"Metrics":[""", Encoding.UTF8.GetString(bytes));

        var back = Serializer.FromBinary(bytes, manifest);

        Bits.AssertSame(results, back is UnitCompleted completed ? completed.Results : ((UnitResults)back).Results);
    }

    [Fact]
    public void A_packed_unit_of_a_thousand_sets_is_at_most_68_percent_of_the_v1_form()
    {
        int one = PackedSize(Realistic(1)), oneV1 = V1Size(Realistic(1));
        var unit = Realistic(1_000);
        int packed = PackedSize(unit), v1 = V1Size(unit);
        double ratio = (double)packed / v1;
        TestContext.Current.TestOutputHelper?.WriteLine($"1 set: v1 {oneV1:N0} bytes, v2 {one:N0}; 1,000 sets: v1 {v1:N0} bytes, v2 {packed:N0} ({ratio:P1})");

        // Measured 488,213 against 730,736 bytes (66.8%): a set is 45 doubles, 360 bytes that no layout shrinks without
        // losing bits, 480 characters of base64 against ~730 of v1's JSON text. (Compressing the doubles' top bytes
        // reached 59.5% but cost a Brotli encoder per unit: the coordinator then took a third fewer one-set units a second.)
        Assert.InRange(ratio, 0.6, 0.68);
        Assert.True(one < oneV1, $"one set: {one} packed against {oneV1}");
    }

    [Fact]
    public void Truncated_packed_results_are_a_json_exception_saying_what_ran_out()
    {
        byte[] packed = Packed(Awkward().Append(SetResult.Failed(48_004, "cut ✗")).ToArray());
        for (int length = 0; length < packed.Length; length++)
        {
            var e = Assert.Throws<JsonException>(() => ReadPacked(packed[..length]));
            Assert.StartsWith("packed results: ", e.Message);
            if (length > 16)
                Assert.Matches("truncated|cut off|left over", e.Message);
        }
    }

    [Fact]
    public void Corrupt_packed_results_read_as_some_results_or_a_json_exception_never_another_exception()
    {
        byte[] packed = Packed(Awkward().Append(SetResult.Failed(48_004, "corrupt ✗")).ToArray());
        for (int at = 0; at < packed.Length; at++)
        {
            foreach (byte flip in new byte[] { 0x01, 0x80, 0xFF })
            {
                byte[] corrupt = (byte[])packed.Clone();
                corrupt[at] ^= flip;
                try
                {
                    ReadPacked(corrupt);
                }
                catch (JsonException e)
                {
                    Assert.StartsWith("packed results: ", e.Message);
                }
            }
        }
    }

    [Fact]
    public void Wrong_payloads_name_what_is_wrong()
    {
        byte[] packed = Packed(Realistic(2));
        byte[] otherFormat = (byte[])packed.Clone();
        otherFormat[0] = 9;
        Assert.Contains("format 9", Assert.Throws<JsonException>(() => ReadPacked(otherFormat)).Message);
        Assert.Contains("left over", Assert.Throws<JsonException>(() => ReadPacked([.. packed, 1, 2, 3, 4, 5, 6, 7])).Message);
        Assert.Contains("not base64", Assert.Throws<JsonException>(() => Read("""{"SweepId":"s","UnitId":0,"Results":"not base64!"}""")).Message);
        Assert.Contains("found Number", Assert.Throws<JsonException>(() => Read("""{"SweepId":"s","UnitId":0,"Results":5}""")).Message);
    }

    private SetResult[] RoundTrip(SetResult[] results)
    {
        var message = new UnitCompleted("s", 3, results);
        byte[] bytes = Serializer.ToBinary(message);
        using (var json = JsonDocument.Parse(bytes))
            Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("Results").ValueKind);
        return ((UnitCompleted)Serializer.FromBinary(bytes, Serializer.Manifest(message))).Results.ToArray();
    }

    private int PackedSize(SetResult[] results) => Serializer.ToBinary(new UnitCompleted("sweep-0123456789abcdef", 48, results)).Length;

    private static int V1Size(SetResult[] results) =>
        JsonSerializer.SerializeToUtf8Bytes(new UnitCompletedV1Form("sweep-0123456789abcdef", 48, results), GridJsonSerializer.Options).Length;

    private byte[] Packed(SetResult[] results)
    {
        using var json = JsonDocument.Parse(Serializer.ToBinary(new UnitCompleted("s", 3, results)));
        return json.RootElement.GetProperty("Results").GetBytesFromBase64();
    }

    private IReadOnlyList<SetResult> ReadPacked(byte[] packed) =>
        Read($$"""{"SweepId":"s","UnitId":3,"Results":"{{Convert.ToBase64String(packed)}}"}""");

    private IReadOnlyList<SetResult> Read(string json) => ((UnitCompleted)Serializer.FromBinary(Encoding.UTF8.GetBytes(json), "UnitCompleted.v2")).Results;

    public void Dispose() => _system.Terminate().Wait(TimeSpan.FromSeconds(10));

    /// <summary>The shape of <c>UnitCompleted.v1</c>: an array is what the serializer writes for <see cref="SetResult"/>[], as v1 did for the list.</summary>
    internal sealed record UnitCompletedV1Form(string SweepId, int UnitId, SetResult[] Results);

    /// <summary>The shape of <c>UnitResults.v1</c>.</summary>
    internal sealed record UnitResultsV1Form(string SweepId, int UnitId, SetResult[] Results, double ComputeSeconds);
}
