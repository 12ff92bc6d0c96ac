using System.Diagnostics;
using VixShield.Data.Synthetic;

namespace VixShield.Data.Tests.Synthetic;

/// <summary>
/// Times the 10-year default generation. Explicit (never part of a normal run): build Release, then
/// <c>dotnet tests/VixShield.Data.Tests/bin/Release/net10.0/VixShield.Data.Tests.dll -class VixShield.Data.Tests.Synthetic.GenerationBenchmark -explicit only -showLiveOutput</c>.
/// </summary>
public class GenerationBenchmark(ITestOutputHelper output)
{
    [Fact(Explicit = true)]
    public async Task Ten_year_default_generation()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"vixshield-bench-{Environment.ProcessId}");
        try
        {
            var clock = Stopwatch.StartNew();
            var summary = await SyntheticMarketGenerator.GenerateAsync(new SyntheticMarketOptions(), dir, overwrite: true, cancel: TestContext.Current.CancellationToken);
            output.WriteLine($"{summary.First:yyyy-MM-dd}..{summary.Last:yyyy-MM-dd}: {summary.SeriesRows} days, {summary.SpxOptionRows} SPX quotes, "
                + $"{summary.VixFutureRows} VIX futures rows, {summary.VixOptionRows} VIX option quotes in {clock.Elapsed.TotalSeconds:F1} s");
        }
        finally
        {
            if (Directory.Exists(dir))
                Directory.Delete(dir, recursive: true);
        }
    }
}
