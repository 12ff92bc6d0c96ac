namespace VixShield.Core.Pricing;

/// <summary>A model price and its sensitivities, per one unit of the underlying (not per contract).</summary>
/// <param name="Price">Premium in the underlying's price units (index points).</param>
/// <param name="Delta">∂Price/∂Spot (for Black-76, ∂Price/∂Forward), a fraction.</param>
/// <param name="Gamma">∂²Price/∂Spot², per point.</param>
/// <param name="Theta">∂Price/∂t per calendar year (negative for a decaying long option); divide by 365 for per day.</param>
/// <param name="Vega">∂Price/∂σ per 1.00 (100 percentage points) of volatility; divide by 100 for per vol point.</param>
public readonly record struct OptionGreeks(double Price, double Delta, double Gamma, double Theta, double Vega);
