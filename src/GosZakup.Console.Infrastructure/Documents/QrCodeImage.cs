using PdfSharp.Drawing;
using QRCoder;

namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>A QR code drawn as one image, the quiet zone included. Each module is a square of
/// <see cref="PixelsPerModule"/> pixels: viewers smooth an image they scale up, and a one-pixel module blurs into
/// its neighbours on screen and in a low-resolution rendering, while eight pixels keep the edges sharp.</summary>
internal static class QrCodeImage
{
    public const int PixelsPerModule = 8;

    /// <summary>Medium error correction: a printed and stamped Act survives a smudge or a seal over a corner.</summary>
    public static QRCodeData Encode(string text)
    {
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
    }

    public static void Draw(XGraphics graphics, string text, XRect box)
    {
        using var data = Encode(text);
        var bitmap = new BitmapByteQRCode(data).GetGraphic(PixelsPerModule);
        using var image = XImage.FromStream(new MemoryStream(bitmap));
        graphics.DrawImage(image, box);
    }
}
