namespace VixShield.Cli.Tests;

/// <summary><c>vixshield node</c>'s bad settings: one line naming the option and the fix, exit 2, before anything starts.</summary>
public sealed class NodeCommandTests
{
    [Theory]
    [InlineData("vixshield: --role: give coordinator and/or worker (or set VIXSHIELD_ROLES)", "--seed", "127.0.0.1:4053")]
    [InlineData("vixshield: --role planner: roles are coordinator and worker", "--role", "planner", "--seed", "127.0.0.1:4053")]
    [InlineData("vixshield: --seed: give at least one seed HOST:PORT (or set VIXSHIELD_SEEDS); a first coordinator lists itself", "--role", "worker")]
    [InlineData("vixshield: seed '127.0.0.1': expected HOST:PORT with a port from 1 to 65535 (e.g. vixshield-coordinator-0.vixshield-coordinator:4053)",
        "--role", "worker", "--seed", "127.0.0.1")]
    [InlineData("vixshield: 'mysql:x' is not a journal: use sqlite:PATH or postgres:CONNECTION-STRING (e.g. postgres:Host=db;Database=vixshield;Username=grid)",
        "--role", "coordinator", "--seed", "127.0.0.1:4053", "--journal", "mysql:x")]
    [InlineData("vixshield: --http 'anywhere:80': 'anywhere' is not an IP address (listen on an address, e.g. 0.0.0.0)",
        "--role", "worker", "--seed", "127.0.0.1:4053", "--http", "anywhere:80")]
    [InlineData("vixshield: --api-token-file /nonexistent/token: no such file",
        "--role", "coordinator", "--seed", "127.0.0.1:4053", "--api-token-file", "/nonexistent/token")]
    public async Task A_bad_setting_is_one_line_and_exit_two(string message, params string[] args)
    {
        var run = await VixShieldProcess.RunAsync(["node", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(message, run.StandardError.Trim());
    }
}
