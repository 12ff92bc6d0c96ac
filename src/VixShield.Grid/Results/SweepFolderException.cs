namespace VixShield.Grid.Results;

/// <summary>A sweep output folder that cannot be read: the message is one line naming the file and what is wrong with it.</summary>
public sealed class SweepFolderException(string message, Exception? inner = null) : Exception(message, inner);
