namespace VixShield.Grid.Serialization;

/// <summary>What a packed set carries: one flag per part a <see cref="Sweeps.SetResult"/> may have or lack, so any combination round-trips.</summary>
[Flags]
internal enum PackedSetContents : byte
{
    None = 0,
    Metrics = 1,
    Error = 2,
    Blocks = 4,

    /// <summary>The block counts differ from the payload's common ones and are stored with the set.</summary>
    OwnBlockCounts = 8,
    WindowScores = 16,
}
