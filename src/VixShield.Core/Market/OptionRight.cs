namespace VixShield.Core.Market;

/// <summary>Call or put. Calls sort before puts, as in the dataset files (C &lt; P).</summary>
public enum OptionRight : byte
{
    Call = 0,
    Put = 1,
}
