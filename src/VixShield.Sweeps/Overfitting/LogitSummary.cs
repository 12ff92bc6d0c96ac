namespace VixShield.Sweeps.Overfitting;

/// <summary>The distribution of the logits λ over the CSCV combinations: centred near 0 for pure noise, far right for real skill.</summary>
/// <param name="StandardDeviation">Sample standard deviation over the combinations (divides by count − 1).</param>
/// <param name="Median">The middle logit, or the mean of the middle two for an even count.</param>
public sealed record LogitSummary(double Mean, double StandardDeviation, double Minimum, double Median, double Maximum);
