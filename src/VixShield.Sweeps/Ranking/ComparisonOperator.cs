namespace VixShield.Sweeps.Ranking;

/// <summary>How a constraint compares a metric with its threshold.</summary>
public enum ComparisonOperator
{
    /// <summary><c>&lt;=</c></summary>
    AtMost,

    /// <summary><c>&lt;</c></summary>
    Below,

    /// <summary><c>&gt;=</c></summary>
    AtLeast,

    /// <summary><c>&gt;</c></summary>
    Above,

    /// <summary><c>==</c> (exact; meant for counts such as <c>hedge_layers == 0</c>)</summary>
    EqualTo,
}
