using System.Security.Cryptography;
using System.Text;
using VixShield.Sweeps;

namespace VixShield.Grid.Embedded;

/// <summary>A sweep's id from what determines its results: the file's text and its dataset folder. The same file gives the same id, so a re-run resumes.</summary>
public static class SweepIdentity
{
    public static string Of(SweepDefinition sweep)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{sweep.DataPath}\n{sweep.SourceText}"));
        return $"{sweep.Name}-{Convert.ToHexStringLower(hash)[..16]}";
    }
}
