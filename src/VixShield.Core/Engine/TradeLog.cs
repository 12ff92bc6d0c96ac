namespace VixShield.Core.Engine;

/// <summary>Keeps every fill, closed condor and hedge layer of a backtest, in order.</summary>
public sealed class TradeLog : ITradeRecorder
{
    private readonly List<Fill> _fills = [];
    private readonly List<ClosedCondor> _condors = [];
    private readonly List<HedgeLayerRecord> _layers = [];

    public IReadOnlyList<Fill> Fills => _fills;

    public IReadOnlyList<ClosedCondor> Condors => _condors;

    public IReadOnlyList<HedgeLayerRecord> HedgeLayers => _layers;

    public void OnFill(in Fill fill) => _fills.Add(fill);

    public void OnCondorClosed(in ClosedCondor condor) => _condors.Add(condor);

    public void OnHedgeLayerClosed(in HedgeLayerRecord layer) => _layers.Add(layer);
}
