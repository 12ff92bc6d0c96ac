using System.Text;

namespace VixShield.Reports.Html;

/// <summary>UTF-8 without a byte-order mark: the pages declare their charset, and a BOM would only be bytes that differ from other tools' output.</summary>
internal static class PageEncoding
{
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
