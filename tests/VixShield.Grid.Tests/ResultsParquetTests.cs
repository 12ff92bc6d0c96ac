using VixShield.Grid.Results;
using VixShield.Sweeps;

namespace VixShield.Grid.Tests;

/// <summary>results.parquet carries what a report needs (metrics, blocks, window scores) and reads back bit for bit.</summary>
public sealed class ResultsParquetTests(GridDataset dataset)
{
    [Fact]
    public async Task A_sweeps_results_read_back_bit_for_bit_with_their_blocks_and_failures()
    {
        var sweep = SweepFile.Parse(dataset.SweepText, dataset.SweepPath);
        var direct = await dataset.DirectResultsAsync();
        Assert.Contains(direct, r => r.Error is not null);
        Assert.All(direct.Where(r => r.Error is null), r => Assert.Equal(16, r.Blocks!.Length));

        var back = await RoundTripAsync(new SweepResultTable(sweep, direct), sweep);

        Bits.AssertSame(direct, back.Rows);
        Assert.Equal(new SweepResultTable(sweep, direct).Header, back.Header);
    }

    [Fact]
    public async Task Window_scores_read_back_as_written_nan_and_infinities_included()
    {
        var sweep = SweepFile.Parse(dataset.SweepText, dataset.SweepPath);
        var direct = await dataset.DirectResultsAsync();
        var scored = direct.Select(r => r.Error is null ? r with { WindowScores = [r.Index * 0.1, double.NaN, double.NegativeInfinity] } : r).ToArray();

        var back = await RoundTripAsync(new SweepResultTable(sweep, scored), sweep);

        Bits.AssertSame(scored, back.Rows);
    }

    [Fact]
    public async Task A_file_that_is_not_parquet_is_named_in_one_line()
    {
        var sweep = SweepFile.Parse(dataset.SweepText, dataset.SweepPath);
        var e = await Assert.ThrowsAsync<ResultsFileException>(() =>
            ResultsParquet.ReadAsync(new MemoryStream("set_index,irr\n1,0.2\n"u8.ToArray()), sweep, "results.parquet", TestContext.Current.CancellationToken));
        Assert.StartsWith("results.parquet: not a Parquet file", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public async Task Another_sweeps_results_are_refused_by_the_column_they_lack()
    {
        var sweep = SweepFile.Parse(dataset.SweepText, dataset.SweepPath);
        var other = SweepFile.Parse(dataset.SweepText.Replace("entry.every_days: [1, 3]", "hedge.increment: [0.2, 0.3]"), dataset.SweepPath);
        var stream = new MemoryStream();
        await ResultsParquet.WriteAsync(stream, new SweepResultTable(sweep, await dataset.DirectResultsAsync()), TestContext.Current.CancellationToken);
        stream.Position = 0;

        var e = await Assert.ThrowsAsync<ResultsFileException>(() => ResultsParquet.ReadAsync(stream, other, "results.parquet", TestContext.Current.CancellationToken));
        Assert.Equal("results.parquet: column hedge.increment is missing; is this the results of sweep grid-test?", e.Message);
    }

    private static async Task<SweepResultTable> RoundTripAsync(SweepResultTable table, SweepDefinition sweep)
    {
        var stream = new MemoryStream();
        await ResultsParquet.WriteAsync(stream, table, TestContext.Current.CancellationToken);
        stream.Position = 0;
        return await ResultsParquet.ReadAsync(stream, sweep, "results.parquet", TestContext.Current.CancellationToken);
    }
}
