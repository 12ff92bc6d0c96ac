using VixShield.Testing;

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
    [InlineData("vixshield: --tls-certificate /nonexistent/remoting.pfx: no such file",
        "--role", "worker", "--seed", "127.0.0.1:4053", "--tls-certificate", "/nonexistent/remoting.pfx")]
    [InlineData("vixshield: --tls-certificate-password-file /nonexistent/password: given without --tls-certificate (or VIXSHIELD_TLS_CERTIFICATE)",
        "--role", "worker", "--seed", "127.0.0.1:4053", "--tls-certificate-password-file", "/nonexistent/password")]
    public async Task A_bad_setting_is_one_line_and_exit_two(string message, params string[] args)
    {
        var run = await VixShieldProcess.RunAsync(["node", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(message, run.StandardError.Trim());
    }

    [Fact]
    public async Task A_bad_tls_certificate_or_password_is_one_line_and_exit_two()
    {
        string folder = Directory.CreateTempSubdirectory("vixshield-node-tls-").FullName;
        try
        {
            using var ca = TestCertificateAuthority.Create(folder, "node test CA");
            var files = ca.Issue("node test", "right-password");
            string wrong = Path.Combine(folder, "wrong.password");
            await File.WriteAllTextAsync(wrong, "wrong-password\n", TestContext.Current.CancellationToken);
            string[] node = ["node", "--role", "worker", "--seed", "127.0.0.1:4053"];

            await AssertRefusedAsync($"--tls-certificate {files.Pfx}: cannot be opened with the password in {wrong} (wrong password?)",
                [.. node, "--tls-certificate", files.Pfx, "--tls-certificate-password-file", wrong]);
            await AssertRefusedAsync($"--tls-certificate {files.Pfx}: cannot be opened without a password (give --tls-certificate-password-file)",
                [.. node, "--tls-certificate", files.Pfx]);
            await AssertRefusedAsync($"--tls-certificate-password-file {folder}/missing: no such file",
                [.. node, "--tls-certificate", files.Pfx, "--tls-certificate-password-file", $"{folder}/missing"]);
            await AssertRefusedAsync($"--tls-certificate {ca.CaFile}: not a PKCS#12 (.pfx) file with a certificate and its private key",
                [.. node, "--tls-certificate", ca.CaFile, "--tls-certificate-password-file", files.PasswordFile]);

            // The production overlay sets the variables, not the options: the same checks apply to them.
            var fromEnvironment = await VixShieldProcess.RunAsync(
                new Dictionary<string, string?> { ["VIXSHIELD_TLS_CERTIFICATE"] = files.Pfx, ["VIXSHIELD_TLS_CERTIFICATE_PASSWORD_FILE"] = wrong },
                node);
            Assert.Equal(2, fromEnvironment.ExitCode);
            Assert.Equal($"vixshield: --tls-certificate {files.Pfx}: cannot be opened with the password in {wrong} (wrong password?)", fromEnvironment.StandardError.Trim());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task AssertRefusedAsync(string message, string[] args)
    {
        var run = await VixShieldProcess.RunAsync(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"vixshield: {message}", run.StandardError.Trim());
    }
}
