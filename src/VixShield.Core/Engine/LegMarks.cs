using System.Runtime.CompilerServices;
using VixShield.Core.Market;

namespace VixShield.Core.Engine;

/// <summary>Follows a held option from one snapshot to the next and refreshes its mark.</summary>
internal static class LegMarks
{
    /// <summary>
    /// Moves <paramref name="leg"/> to snapshot <paramref name="t"/>: O(1) through the next-row link, or two binary
    /// searches when yesterday's quote was missing. An unquoted contract keeps its last mark.
    /// </summary>
    /// <remarks>The linked case runs sixteen times a step for four condors, so it is kept small enough to inline.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Advance(ref OptionLeg leg, OptionChains chains, int t, int expiration)
    {
        int row = leg.Row >= 0 ? chains.NextRow(leg.Row) : -1;
        if (row >= 0)
        {
            leg.Row = row;
            leg.Mark = chains.Mid(row);
        }
        else
        {
            Relocate(ref leg, chains, t, expiration);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Relocate(ref OptionLeg leg, OptionChains chains, int t, int expiration)
    {
        int slot = chains.FindExpiry(t, expiration);
        int row = slot >= 0 ? chains.FindStrike(slot, leg.Right, leg.Strike) : -1;
        leg.Row = row;
        if (row >= 0)
            leg.Mark = chains.Mid(row);
    }
}
