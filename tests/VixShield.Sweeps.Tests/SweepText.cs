namespace VixShield.Sweeps.Tests;

/// <summary>Writes sweep-file text to a fresh folder as sweep.yaml and loads it.</summary>
internal static class SweepText
{
    public const string Example = """
        name: alvh-wings
        data: data/default            # dataset folder (relative paths resolve against the sweep file's folder)
        period: { from: 2015-01-02, to: 2024-12-31 }
        capital: 1000000
        base: { entry.short_delta: 0.16, exit.profit_target: 0.5 }   # any STRATEGY.md parameter
        grid:                          # the axes; the sweep is their product
          hedge.increment: [0.20, 0.25, 0.30]
          entry.wing_width: { from: 25, to: 100, step: 25 }
          filter.rsi_low: [25, 30, 35]
          hedge.term_ratio: { random: uniform(0.9, 1.1) }   # sampled axes need `samples:`
        samples: 0                     # >0: draw this many random points instead of the full product
        seed: 1
        rank_by: irr                   # or any metric; `-max_drawdown` to minimise
        constraints: [ "max_drawdown <= 0.25" ]
        """;

    public static string Folder()
    {
        string folder = Path.Combine(Path.GetTempPath(), "vixshield-sweeps-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static SweepDefinition Load(string text) => Load(text, out _);

    public static SweepDefinition Load(string text, out string path)
    {
        path = Path.Combine(Folder(), "sweep.yaml");
        File.WriteAllText(path, text);
        return SweepFile.Load(path);
    }

    /// <summary>The one-line message a bad sweep file gives.</summary>
    public static string Error(string text) => Assert.Throws<SweepException>(() => Load(text)).Message;
}
