namespace VixShield.Core.Engine;

/// <summary>A closed condor: its realised result, for the per-trade statistics.</summary>
/// <param name="ProfitAndLoss">Dollars, net of every cost.</param>
public readonly record struct ClosedCondor(int Id, int OpenedDate, int ClosedDate, int Contracts, double EntryCredit, double ProfitAndLoss, FillReason Reason);
