using Akka.Hosting;
using Akka.Logger.Serilog;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace VixShield.Cli.Logging;

/// <summary>
/// Serilog for grid processes: every event carries the node's address and roles; Akka's own log goes through the same
/// logger with message templates (so sweep and unit ids stay properties, not text).
/// </summary>
internal static class GridLogging
{
    private const string TextTemplate = "[{Timestamp:HH:mm:ss.fff} {Level:u3}] {Node} {Message:lj}{NewLine}{Exception}";

    /// <summary>Logs to standard error (standard output stays for results).</summary>
    public static Serilog.Core.Logger ToConsole(LogFormat format, string node, string roles) =>
        Base(node, roles).WriteTo.Console(
            format == LogFormat.Json ? new CompactJsonFormatter() : new Serilog.Formatting.Display.MessageTemplateTextFormatter(TextTemplate),
            standardErrorFromLevel: LogEventLevel.Verbose).CreateLogger();

    /// <summary>Logs to a file (the embedded sweep's folder), leaving the terminal to the progress line.</summary>
    public static Serilog.Core.Logger ToFile(string path, string node, string roles) =>
        Base(node, roles).WriteTo.File(path, outputTemplate: TextTemplate, shared: true).CreateLogger();

    /// <summary>Routes Akka's logging to <see cref="Log.Logger"/>; Akka's default formatter keeps message templates semantic.</summary>
    public static void UseSerilog(AkkaConfigurationBuilder builder) =>
        builder.ConfigureLoggers(loggers =>
        {
            loggers.LogLevel = Akka.Event.LogLevel.InfoLevel;
            loggers.ClearLoggers();
            loggers.AddLogger<SerilogLogger>();
        });

    private static LoggerConfiguration Base(string node, string roles) =>
        new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("System", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Node", node)
            .Enrich.WithProperty("Roles", roles);
}
