namespace VixShield.Core.Engine;

/// <summary>Receives the trade-level detail of a backtest. Sweeps pass none, so a run only books what the metrics need.</summary>
public interface ITradeRecorder
{
    void OnFill(in Fill fill);

    void OnCondorClosed(in ClosedCondor condor);

    void OnHedgeLayerClosed(in HedgeLayerRecord layer);
}
