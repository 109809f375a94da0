using MudBlazor;

namespace GosZakup.Console.Web.Components.Layout;

/// <summary>The console's colours: the portal's blue, with amber and red kept for SLA warnings.</summary>
public static class ConsoleTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1565C0",
            Secondary = "#00838F",
            AppbarBackground = "#0D47A1",
            // Darker than MudBlazor's defaults so white text on a chip (and the colour as text) reaches 4.5:1
            // (WCAG 1.4.3): warning 5.0, success 5.1, info 4.8, error 5.6. docs/accessibility.md has the table.
            Warning = "#B45309",
            Success = "#2E7D32",
            Info = "#0277BD",
            Error = "#C62828",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Noto Sans", "DejaVu Sans", "Segoe UI", "Roboto", "Arial", "sans-serif"] },
        },
    };
}
