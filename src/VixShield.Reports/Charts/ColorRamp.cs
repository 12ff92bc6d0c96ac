using System.Globalization;

namespace VixShield.Reports.Charts;

/// <summary>Red (worst) through pale yellow to green (best): the colour of a heatmap cell from its place between the worst and best values.</summary>
internal static class ColorRamp
{
    private static readonly (double At, int R, int G, int B)[] Stops =
    [
        (0.0, 0xd7, 0x30, 0x27),
        (0.25, 0xfc, 0x8d, 0x59),
        (0.5, 0xfe, 0xe0, 0x8b),
        (0.75, 0x91, 0xcf, 0x60),
        (1.0, 0x1a, 0x98, 0x50),
    ];

    /// <summary>Hex colour for <paramref name="goodness"/> in [0, 1], 1 = best.</summary>
    public static string At(double goodness)
    {
        double t = Math.Clamp(goodness, 0, 1);
        int i = 1;
        while (i < Stops.Length - 1 && Stops[i].At < t)
            i++;
        var (a, b) = (Stops[i - 1], Stops[i]);
        double f = (t - a.At) / (b.At - a.At);
        int Mix(int x, int y) => (int)Math.Round(x + (y - x) * f, MidpointRounding.AwayFromZero);
        return "#" + Mix(a.R, b.R).ToString("x2", CultureInfo.InvariantCulture)
                   + Mix(a.G, b.G).ToString("x2", CultureInfo.InvariantCulture)
                   + Mix(a.B, b.B).ToString("x2", CultureInfo.InvariantCulture);
    }

    /// <summary>Dark text on light cells, white on the dark ends.</summary>
    public static string TextClass(double goodness) => goodness is < 0.15 or > 0.85 ? "cell-text light" : "cell-text";
}
