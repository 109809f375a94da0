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
            Warning = "#F59E0B",
            Error = "#C62828",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Noto Sans", "DejaVu Sans", "Segoe UI", "Roboto", "Arial", "sans-serif"] },
        },
    };
}
