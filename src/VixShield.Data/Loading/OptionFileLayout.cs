using Parquet.Schema;
using VixShield.Core.Market;
using O = VixShield.Data.Format.DatasetSchema.SpxOptions;
using V = VixShield.Data.Format.DatasetSchema.VixOptions;

namespace VixShield.Data.Loading;

/// <summary>The columns an option file family provides: SPX options carry settlement and full greeks, VIX options neither.</summary>
internal sealed record OptionFileLayout(
    string Family,
    DataField<int> Date,
    DataField<int> Expiration,
    DataField<string>? Settlement,
    DataField<double> Strike,
    DataField<string> Right,
    DataField<double> Bid,
    DataField<double> Ask,
    DataField<float> Iv,
    DataField<float> Delta,
    DataField<float>? Gamma,
    DataField<float>? Theta,
    DataField<float>? Vega,
    DataField<double> Underlying,
    SettlementStyle FixedSettlement)
{
    public static OptionFileLayout Spx { get; } = new(
        "spx_options", O.Date, O.Expiration, O.Settlement, O.Strike, O.Right, O.Bid, O.Ask, O.Iv, O.Delta, O.Gamma, O.Theta, O.Vega, O.Underlying, SettlementStyle.Am);

    /// <summary>VIX options settle to the special opening quotation of their expiration morning.</summary>
    public static OptionFileLayout Vix { get; } = new(
        "vix_options", V.Date, V.Expiration, null, V.Strike, V.Right, V.Bid, V.Ask, V.Iv, V.Delta, null, null, null, V.Future, SettlementStyle.Am);

    public bool HasGreeks => Gamma is not null;

    public IReadOnlyList<DataField> Fields =>
        new DataField?[] { Date, Expiration, Settlement, Strike, Right, Bid, Ask, Iv, Delta, Gamma, Theta, Vega, Underlying }
            .Where(f => f is not null).Cast<DataField>().ToList();
}
