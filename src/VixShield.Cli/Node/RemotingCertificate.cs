using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace VixShield.Cli.Node;

/// <summary>Loads the remoting TLS certificate at start, so that a wrong file or password is one line before anything listens.</summary>
internal static class RemotingCertificate
{
    public const string Option = "--tls-certificate";
    public const string PasswordOption = "--tls-certificate-password-file";

    /// <summary>Null when no certificate is given; a password file alone is a mistake, not a reason to run without TLS.</summary>
    /// <exception cref="FormatException">The file, its password or its key is wrong; the message names the option and the file.</exception>
    public static X509Certificate2? Load(string? path, string? passwordFile)
    {
        if (path is null)
        {
            return passwordFile is null
                ? null
                : throw new FormatException($"{PasswordOption} {passwordFile}: given without {Option} (or {NodeEnvironment.TlsCertificate})");
        }

        if (!File.Exists(path))
            throw new FormatException($"{Option} {path}: no such file");
        string? password = passwordFile is null ? null : ReadPassword(passwordFile);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FormatException($"{Option} {path}: cannot be read ({e.Message})");
        }

        if (X509Certificate2.GetCertContentType(bytes) != X509ContentType.Pkcs12)
            throw new FormatException($"{Option} {path}: not a PKCS#12 (.pfx) file with a certificate and its private key");
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12(bytes, password);
        }
        catch (CryptographicException)
        {
            throw new FormatException(passwordFile is null
                ? $"{Option} {path}: cannot be opened without a password (give {PasswordOption})"
                : $"{Option} {path}: cannot be opened with the password in {passwordFile} (wrong password?)");
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new FormatException($"{Option} {path}: the certificate has no private key (export it with its key)");
        }

        if (certificate.NotAfter < DateTime.Now)
        {
            string expired = certificate.NotAfter.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'");
            certificate.Dispose();
            throw new FormatException($"{Option} {path}: the certificate expired on {expired}");
        }

        return certificate;
    }

    /// <summary>One line; the trailing newline that editors and <c>openssl rand</c> leave is not part of the password.</summary>
    private static string ReadPassword(string passwordFile)
    {
        if (!File.Exists(passwordFile))
            throw new FormatException($"{PasswordOption} {passwordFile}: no such file");
        try
        {
            return File.ReadAllText(passwordFile).TrimEnd('\r', '\n');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FormatException($"{PasswordOption} {passwordFile}: cannot be read ({e.Message})");
        }
    }
}
