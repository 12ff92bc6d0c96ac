using System.Text;
using VixShield.Reports.Assets;

namespace VixShield.Reports.Html;

/// <summary>The frame of every page: head with the inline stylesheet, a dark title bar with section links, the footer and the inline script.</summary>
internal static class PageShell
{
    public static string Render(
        string title,
        string heading,
        string subtitle,
        IReadOnlyList<(string Href, string Text)> links,
        string body,
        string footer)
    {
        var html = new StringBuilder(body.Length + ReportStyle.Css.Length + TableScript.Js.Length + 2048);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlText.Escape(title)).Append("</title>\n")
            .Append("<style>\n").Append(ReportStyle.Css).Append("\n</style>\n")
            .Append("</head>\n<body>\n<header class=\"top\"><h1>").Append(HtmlText.Escape(heading)).Append("</h1>")
            .Append("<span class=\"sub\">").Append(HtmlText.Escape(subtitle)).Append("</span>");
        if (links.Count > 0)
        {
            html.Append("<nav class=\"sections\" aria-label=\"sections\">");
            foreach (var (href, text) in links)
                html.Append("<a href=\"").Append(HtmlText.Escape(href)).Append("\">").Append(HtmlText.Escape(text)).Append("</a>");
            html.Append("</nav>");
        }

        html.Append("</header>\n<main>\n").Append(body).Append("\n</main>\n<footer>").Append(HtmlText.Escape(footer)).Append("</footer>\n")
            .Append("<script>\n").Append(TableScript.Js).Append("\n</script>\n</body>\n</html>\n");
        return html.ToString();
    }
}
