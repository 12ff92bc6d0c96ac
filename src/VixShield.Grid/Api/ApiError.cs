namespace VixShield.Grid.Api;

/// <summary>The body of every error answer: one line saying what is wrong (for a sweep file, its line and key).</summary>
public sealed record ApiError(string Error);
