namespace VixShield.Sweeps.Tests;

public sealed class BadSweepFileTests
{
    private const string Head = "name: t\ndata: d\n";

    [Theory]
    [InlineData(Head + "grid:\n  hedge.increment: [0.2]\n  entry.wing_widht: [50]\n",
        "sweep.yaml line 5: grid.entry.wing_widht: unknown parameter; did you mean entry.wing_width?")]
    [InlineData(Head + "grid:\n  hedge.increment: []\n",
        "sweep.yaml line 4: grid.hedge.increment: empty axis; list at least one value")]
    [InlineData(Head + "grid:\n  entry.wing_width: { from: 100, to: 25, step: 25 }\n",
        "sweep.yaml line 4: grid.entry.wing_width: from 100 is above to 25")]
    [InlineData(Head + "grid:\n  entry.wing_width: { from: 25, to: 100, step: 0 }\n",
        "sweep.yaml line 4: grid.entry.wing_width: step 0 must be above 0")]
    [InlineData(Head + "grid:\n  entry.wing_width: { from: 25, to: 100, stp: 25 }\n",
        "sweep.yaml line 4: grid.entry.wing_width.stp: unknown key; did you mean step?")]
    [InlineData(Head + "grid:\n  entry.dte: { from: 30, to: 60, step: 2.5 }\n",
        "sweep.yaml line 4: grid.entry.dte: from and step must be whole numbers for a whole-number parameter")]
    [InlineData(Head + "grid:\n  entry.short_delta: [0.1, 0.6]\n",
        "sweep.yaml line 4: grid.entry.short_delta: 0.6 is outside its range 0.01..0.5")]
    [InlineData(Head + "grid:\n  entry.wing_width: { from: 500, to: 1500, step: 500 }\n",
        "sweep.yaml line 4: grid.entry.wing_width: 1500 is outside its range 5..1000")]
    [InlineData(Head + "grid:\n  hedge.instrument: [calls, options]\n",
        "sweep.yaml line 4: grid.hedge.instrument: \"options\" is not one of calls, futures")]
    [InlineData(Head + "grid:\n  hedge.increment: [none]\n",
        "sweep.yaml line 4: grid.hedge.increment: cannot be none")]
    [InlineData(Head + "grid:\n  hedge.term_ratio: { random: uniform(0.9, 1.1) }\n",
        "sweep.yaml line 4: grid.hedge.term_ratio: a random axis needs samples > 0 (it has no values to enumerate)")]
    [InlineData(Head + "samples: 10\ngrid:\n  hedge.term_ratio: { random: uniform(0.9, 3) }\n",
        "sweep.yaml line 5: grid.hedge.term_ratio: 3 is outside its range 0.5..2")]
    [InlineData(Head + "samples: 10\ngrid:\n  hedge.term_ratio: { random: gauss(1, 0.1) }\n",
        "sweep.yaml line 5: grid.hedge.term_ratio: unknown distribution gauss; use uniform, loguniform, normal or choice")]
    [InlineData(Head + "samples: 10\ngrid:\n  hedge.term_ratio: { random: normal(1, 0) }\n",
        "sweep.yaml line 5: grid.hedge.term_ratio: normal needs sigma above 0, not 0")]
    [InlineData(Head + "samples: 10\ngrid:\n  size.risk_per_trade: { random: loguniform(0.5, 0.1) }\n",
        "sweep.yaml line 5: grid.size.risk_per_trade: loguniform needs a below b, not 0.5 and 0.1")]
    [InlineData(Head + "base: { hedge.increment: 0.3 }\ngrid:\n  hedge.increment: [0.2, 0.3]\n",
        "sweep.yaml line 5: grid.hedge.increment: also set in base; set it in one place (base or grid)")]
    [InlineData(Head + "base:\n  entry:\n    wing_widht: 50\n",
        "sweep.yaml line 5: base.entry.wing_widht: unknown parameter; did you mean entry.wing_width?")]
    [InlineData(Head + "base: { entry.dte_min: 70 }\n",
        "sweep.yaml line 3: base.entry.dte_min: 70 is above entry.dte_max 60")]
    [InlineData(Head + "grid:\n  entry.dte_min: [30, 70]\n",
        "sweep.yaml line 4: grid.entry.dte_min: 70 with the base: entry.dte_min: 70 is above entry.dte_max 60")]
    [InlineData(Head + "rnak_by: irr\n",
        "sweep.yaml line 3: rnak_by: unknown key; did you mean rank_by?")]
    [InlineData(Head + "rank_by: ir\n",
        "sweep.yaml line 3: rank_by: unknown metric ir; did you mean irr?")]
    [InlineData(Head + "rank_by: -max_drawdwn\n",
        "sweep.yaml line 3: rank_by: unknown metric max_drawdwn; did you mean max_drawdown?")]
    [InlineData(Head + "constraints:\n  - \"sharpe >= 1\"\n  - \"max_dd <= 0.25\"\n",
        "sweep.yaml line 5: constraints: unknown metric max_dd; did you mean max_dd_days?")]
    [InlineData(Head + "constraints: [ \"max_drawdown => 0.25\" ]\n",
        "sweep.yaml line 3: constraints: \"=>\" is not an operator; use one of <=, <, >=, >, ==")]
    [InlineData(Head + "constraints: [ \"max_drawdown below 0.25\" ]\n",
        "sweep.yaml line 3: constraints: \"max_drawdown below 0.25\" is not a constraint; write metric op number with op one of <=, <, >=, >, == (e.g. max_drawdown <= 0.25)")]
    [InlineData(Head + "constraints: [ \"max_drawdown <= quarter\" ]\n",
        "sweep.yaml line 3: constraints: \"quarter\" is not a number")]
    [InlineData("data: d\n", "sweep.yaml: name: missing; every sweep names itself (name: ...)")]
    [InlineData("name: t\n", "sweep.yaml: data: missing; the dataset folder to replay (data: ...)")]
    [InlineData(Head + "samples: -1\n", "sweep.yaml line 3: samples: -1 must be 0 (the full product) or a positive count")]
    [InlineData(Head + "samples: lots\n", "sweep.yaml line 3: samples: \"lots\" is not a whole number")]
    [InlineData(Head + "period: { from: 2020-01-02, to: 2019-12-31 }\n", "sweep.yaml line 3: period: from 2020-01-02 is after to 2019-12-31")]
    [InlineData(Head + "period: { from: 2020-01-02, unto: 2021-01-01 }\n", "sweep.yaml line 3: period.unto: unknown key; did you mean to?")]
    [InlineData(Head + "period: { from: 02/01/2020 }\n", "sweep.yaml line 3: period.from: \"02/01/2020\" is not a date yyyy-mm-dd")]
    [InlineData(Head + "capital: 0\n", "sweep.yaml line 3: capital: 0 must be above 0")]
    [InlineData(Head + "walk_forward: 3\n", "sweep.yaml line 3: walk_forward: expected { in_sample_years: N, out_of_sample_years: M }")]
    [InlineData(Head + "walk_forward: { in_sample_years: 3, out_of_sample_yeras: 1 }\n",
        "sweep.yaml line 3: walk_forward.out_of_sample_yeras: unknown key; did you mean out_of_sample_years?")]
    [InlineData(Head + "walk_forward: { in_sample_years: 0, out_of_sample_years: 1 }\n",
        "sweep.yaml line 3: walk_forward.in_sample_years: 0 must be a whole number of years from 1 to 100")]
    [InlineData(Head + "walk_forward: { in_sample_years: 2.5, out_of_sample_years: 1 }\n",
        "sweep.yaml line 3: walk_forward.in_sample_years: \"2.5\" is not a whole number")]
    [InlineData(Head + "walk_forward:\n  in_sample_years: 3\n",
        "sweep.yaml line 3: walk_forward.out_of_sample_years: missing; walk_forward needs both in_sample_years and out_of_sample_years")]
    [InlineData(Head + "grid:\n  hedge.increment: 0.3\n",
        "sweep.yaml line 4: grid.hedge.increment: expected a list [a, b, ...], a range { from, to, step } or { random: distribution }; a single value belongs in base")]
    [InlineData(Head + "grid:\n  hedge.increment: [0.2\n", "sweep.yaml line 5: yaml: While parsing a flow sequence, did not find expected ',' or ']'.")]
    public void Each_mistake_is_one_line_naming_file_line_and_key(string text, string expected)
    {
        string message = SweepText.Error(text);
        Assert.Equal(expected, message);
        Assert.DoesNotContain('\n', message);
    }

    [Fact]
    public void A_missing_file_names_it()
    {
        var e = Assert.Throws<SweepException>(() => SweepFile.Load(Path.Combine(SweepText.Folder(), "nope.yaml")));
        Assert.Equal("nope.yaml: sweep file not found", e.Message);
    }

    [Fact]
    public void Samples_with_list_and_range_axes_are_allowed()
    {
        var sweep = SweepText.Load(Head + "samples: 5\nseed: 9\ngrid:\n  hedge.increment: [0.2, 0.3]\n  entry.wing_width: { from: 25, to: 100, step: 25 }\n");
        Assert.Equal(5, sweep.Grid.Count);
        Assert.Equal(9UL, sweep.Seed);
    }

    [Fact]
    public void Nested_grid_keys_read_as_dotted_names()
    {
        var sweep = SweepText.Load(Head + "grid:\n  hedge:\n    increment: [0.2, 0.3]\n    instrument: [calls, futures]\n");
        Assert.Equal(["hedge.increment", "hedge.instrument"], sweep.Grid.Axes.Select(a => a.Name));
        Assert.Equal(4, sweep.Grid.Count);
    }
}
