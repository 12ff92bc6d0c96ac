namespace VixShield.Grid;

/// <summary>Marks every Grid message, event and snapshot: bound to <see cref="Serialization.GridJsonSerializer"/> with a versioned string manifest.</summary>
public interface IGridMessage;
