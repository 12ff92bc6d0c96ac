namespace VixShield.Sweeps.Axes;

/// <summary>A distribution a random axis samples from, as written in the sweep file (e.g. <c>uniform(0.9, 1.1)</c>).</summary>
public abstract class Distribution
{
    protected Distribution(string text)
    {
        Text = text;
    }

    /// <summary>The distribution as written, for reports.</summary>
    public string Text { get; }

    /// <summary>One draw (null = none) before the axis rounds whole-number parameters and clamps to the range.</summary>
    public abstract double? Draw(ref PointRandom random);

    public override string ToString() => Text;
}
