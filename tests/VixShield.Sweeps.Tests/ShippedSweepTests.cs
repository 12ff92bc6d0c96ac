using VixShield.Sweeps.OutOfSample;

namespace VixShield.Sweeps.Tests;

/// <summary>The sweeps shipped in data/sweeps read as the README describes them.</summary>
public sealed class ShippedSweepTests
{
    [Theory]
    [InlineData("alvh-grid.yaml", 48_960)]
    [InlineData("alvh-large.yaml", 200_000)]
    [InlineData("alvh-walk-forward.yaml", 360)]
    public void Each_shipped_sweep_reads_with_the_size_its_readme_gives(string file, long sets)
    {
        Assert.Equal(sets, SweepFile.Load(Shipped(file)).Grid.Count);
    }

    [Fact]
    public void The_walk_forward_example_has_seven_windows_over_its_ten_years()
    {
        var sweep = SweepFile.Load(Shipped("alvh-walk-forward.yaml"));
        Assert.Equal(new WalkForwardSpec(3, 1), sweep.WalkForward);
        Assert.Equal(7, sweep.WalkForward!.Windows(sweep.From!.Value, sweep.To!.Value).Count);
    }

    private static string Shipped(string file)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            string candidate = Path.Combine(folder.FullName, "data", "sweeps", file);
            if (File.Exists(candidate))
                return candidate;
        }

        throw new FileNotFoundException($"data/sweeps/{file} not found above {AppContext.BaseDirectory}");
    }
}
