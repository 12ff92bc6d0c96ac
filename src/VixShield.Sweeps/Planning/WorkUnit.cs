namespace VixShield.Sweeps.Planning;

/// <summary>A batch of consecutive parameter sets, [FirstIndex, FirstIndex + Count), that one worker runs as a unit.</summary>
public sealed record WorkUnit(int Id, long FirstIndex, long Count)
{
    /// <summary>One past the last index of the unit.</summary>
    public long EndIndex => FirstIndex + Count;
}
