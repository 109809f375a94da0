using PdfSharp.Fonts;

namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>Every font a console document asks for is DejaVu Sans, embedded from <c>assets/fonts</c>: it has
/// every Kazakh letter (ә ғ қ ң ө ұ ү һ і), and the host's fonts must not change a legal document.</summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private static readonly Lock Gate = new();
    private readonly string folder;

    private DejaVuFontResolver(string folder) => this.folder = folder;

    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "assets", "fonts");

    /// <summary>Sets PDFsharp's process-wide resolver once; a second call, from any thread, changes nothing.</summary>
    public static void Install(string? folder = null)
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not null) return;
            GlobalFontSettings.FontResolver = new DejaVuFontResolver(folder ?? DefaultFolder);
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName)
    {
        var file = Path.Combine(folder, faceName + ".ttf");
        if (!File.Exists(file))
            throw new FileNotFoundException($"The font {faceName} is missing: the build copies assets/fonts beside the app.", file);
        return File.ReadAllBytes(file);
    }
}
