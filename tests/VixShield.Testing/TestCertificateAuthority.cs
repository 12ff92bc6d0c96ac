using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace VixShield.Testing;

/// <summary>A remoting certificate as a node is given it: the PKCS#12 file and the file holding its password.</summary>
public sealed record CertificateFiles(string Pfx, string PasswordFile);

/// <summary>
/// A throwaway certificate authority in a test's folder: its certificate as PEM (what <c>SSL_CERT_FILE</c> trusts) and
/// the remoting certificates it signs (server and client use, as production's), valid for two days.
/// </summary>
public sealed class TestCertificateAuthority : IDisposable
{
    private readonly X509Certificate2 _ca;
    private readonly string _folder;

    private TestCertificateAuthority(X509Certificate2 ca, string folder, string caFile)
    {
        _ca = ca;
        _folder = folder;
        CaFile = caFile;
    }

    /// <summary>The CA's certificate in PEM.</summary>
    public string CaFile { get; }

    public string Name => _ca.Subject;

    public static TestCertificateAuthority Create(string folder, string name)
    {
        Directory.CreateDirectory(folder);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        var ca = request.CreateSelfSigned(now.AddHours(-1), now.AddDays(2));
        string caFile = Path.Combine(folder, $"{Slug(name)}.crt");
        File.WriteAllText(caFile, ca.ExportCertificatePem());
        return new TestCertificateAuthority(ca, folder, caFile);
    }

    /// <summary>Signs a remoting certificate and writes it with its key as a .pfx under <paramref name="password"/>.</summary>
    public CertificateFiles Issue(string name, string password)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1", "serverAuth"), new Oid("1.3.6.1.5.5.7.3.2", "clientAuth")], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(_ca, true, false));
        var now = DateTimeOffset.UtcNow;
        using var signed = request.Create(_ca, now.AddMinutes(-30), now.AddDays(1), RandomNumberGenerator.GetBytes(16));
        using var withKey = signed.CopyWithPrivateKey(key);
        string stem = Path.Combine(_folder, Slug(name));
        var files = new CertificateFiles(stem + ".pfx", stem + ".password");
        File.WriteAllBytes(files.Pfx, withKey.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, password));
        // As `openssl rand -hex 24 > password` writes it: with a newline the node must not take for part of the password.
        File.WriteAllText(files.PasswordFile, password + "\n");
        return files;
    }

    public void Dispose() => _ca.Dispose();

    private static string Slug(string name) => string.Concat(name.Select(c => char.IsLetterOrDigit(c) ? c : '-'));
}
