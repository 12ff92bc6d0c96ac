using System.Text;

namespace VixShield.Reports.Html;

/// <summary>A term and its value in a definition list (<c>dl.facts</c>), both escaped.</summary>
internal static class FactList
{
    public static void Item(StringBuilder html, string term, string value) =>
        html.Append("<dt>").Append(HtmlText.Escape(term)).Append("</dt><dd>").Append(HtmlText.Escape(value)).Append("</dd>");
}
