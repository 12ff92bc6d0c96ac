using VixShield.Reports.Model;

namespace VixShield.Reports.Html;

/// <summary>The index page of every sweep under a folder.</summary>
internal static class CatalogPage
{
    public static string Render(SweepCatalog catalog) => "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>sweeps</title></head><body></body></html>\n";
}
