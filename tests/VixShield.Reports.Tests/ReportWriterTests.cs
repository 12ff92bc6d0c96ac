namespace VixShield.Reports.Tests;

public sealed class ReportWriterTests
{
}
