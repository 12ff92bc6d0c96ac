using VixShield.Reports.Html;
using VixShield.Reports.Model;

namespace VixShield.Reports;

/// <summary>Writes a report model to its folder all at once: built in a temporary sibling folder, then swapped in, so a reader never sees half a report.</summary>
public static class ReportWriter
{
    /// <summary>
    /// Writes <c>index.html</c> and one page per detail into <paramref name="folder"/> (e.g. <c>SWEEP_OUT_DIR/report</c>),
    /// replacing what was there. A malformed model is a <see cref="ReportModelException"/> before anything is written.
    /// </summary>
    public static void Write(SweepReport report, string folder)
    {
        ArgumentNullException.ThrowIfNull(report);
        ReportModelCheck.Check(report);
        var pages = ReportPages.Of(report);
        FolderSwap.Replace(folder, staging =>
        {
            foreach (var (fileName, html) in pages)
                File.WriteAllText(Path.Combine(staging, fileName), html, PageEncoding.Utf8);
        });
    }

    /// <summary>Writes the index page of every sweep under a folder to <paramref name="file"/> through a temporary name.</summary>
    public static void WriteCatalog(SweepCatalog catalog, string file)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        string full = Path.GetFullPath(file);
        string temporary = $"{full}.tmp-{Environment.ProcessId}-{Environment.CurrentManagedThreadId}";
        try
        {
            File.WriteAllText(temporary, CatalogPage.Render(catalog), PageEncoding.Utf8);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
