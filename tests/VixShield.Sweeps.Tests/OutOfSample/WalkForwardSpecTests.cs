using VixShield.Sweeps.OutOfSample;

namespace VixShield.Sweeps.Tests.OutOfSample;

public sealed class WalkForwardSpecTests
{
    [Fact]
    public void The_sweep_file_key_reads_into_the_definition()
    {
        var sweep = SweepText.Load("name: t\ndata: d\nwalk_forward: { in_sample_years: 3, out_of_sample_years: 1 }\n");
        Assert.Equal(new WalkForwardSpec(3, 1), sweep.WalkForward);
        Assert.Null(SweepText.Load("name: t\ndata: d\n").WalkForward);
    }

    [Fact]
    public void Three_in_one_out_over_ten_years_steps_a_year_at_a_time_and_tiles_the_last_seven()
    {
        var windows = new WalkForwardSpec(3, 1).Windows(new DateOnly(2015, 1, 2), new DateOnly(2024, 12, 31));

        Assert.Equal(7, windows.Count);
        Assert.Equal(new WalkForwardWindow(0, new(2015, 1, 2), new(2018, 1, 1), new(2018, 1, 2), new(2019, 1, 1)), windows[0]);
        Assert.Equal(new WalkForwardWindow(6, new(2021, 1, 2), new(2024, 1, 1), new(2024, 1, 2), new(2024, 12, 31)), windows[6]);
        for (int k = 1; k < windows.Count; k++)
        {
            Assert.Equal(windows[k - 1].OutOfSampleTo.AddDays(1), windows[k].OutOfSampleFrom);   // no gap, no overlap
            Assert.Equal(windows[k - 1].InSampleFrom.AddYears(1), windows[k].InSampleFrom);
        }
    }

    [Fact]
    public void Two_year_steps_clip_the_last_out_of_sample_period_at_the_sweeps_end()
    {
        var windows = new WalkForwardSpec(4, 2).Windows(new DateOnly(2015, 1, 2), new DateOnly(2021, 6, 30));

        Assert.Equal(2, windows.Count);
        Assert.Equal(new WalkForwardWindow(1, new(2017, 1, 2), new(2021, 1, 1), new(2021, 1, 2), new(2021, 6, 30)), windows[1]);
    }

    [Fact]
    public void A_period_no_longer_than_the_in_sample_years_has_no_window()
    {
        Assert.Empty(new WalkForwardSpec(3, 1).Windows(new DateOnly(2015, 1, 2), new DateOnly(2018, 1, 1)));
        Assert.Single(new WalkForwardSpec(3, 1).Windows(new DateOnly(2015, 1, 2), new DateOnly(2018, 1, 2)));
    }
}
