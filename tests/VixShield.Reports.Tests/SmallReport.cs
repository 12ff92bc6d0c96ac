using VixShield.Reports.Model;

[assembly: AssemblyFixture(typeof(VixShield.Reports.Tests.SmallReport))]

namespace VixShield.Reports.Tests;

/// <summary>The small model most tests render: 4 wing widths × 3 increments × 2 RSI levels × 2 term ratios = 48 sets, top 10, 3 detail pages, written once per test run to the artifacts folder and shared by every test class.</summary>
public sealed class SmallReport
{
    public static readonly int[] Shape = [4, 3, 2, 2];

    public SmallReport()
    {
        Model = SyntheticReport.Build(Shape, topN: 10, details: 3, years: 3);
        Folder = TestPaths.Artifacts("report-small");
        ReportWriter.Write(Model, Folder);
    }

    public SweepReport Model { get; }

    public string Folder { get; }

    public string Index => Path.Combine(Folder, "index.html");
}
