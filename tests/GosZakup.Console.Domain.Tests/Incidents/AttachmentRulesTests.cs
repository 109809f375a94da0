using System.Text;
using GosZakup.Console.Domain.Incidents;

namespace GosZakup.Console.Domain.Tests.Incidents;

public class AttachmentRulesTests
{
    [Theory]
    [InlineData("a PNG screenshot", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "image/png")]
    [InlineData("a JPEG photo", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16 }, "image/jpeg")]
    [InlineData("a PDF", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "application/pdf")]
    [InlineData("a Windows executable", new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03 }, null)]
    [InlineData("a bare zip archive", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, null)]
    public void A_file_is_recognised_by_its_content(string why, byte[] head, string? type)
    {
        Assert.True(type == AttachmentRules.DetectType(head), why);
    }

    [Theory]
    [InlineData("Сбой с 10:40, ошибка 504\nқате", "text/plain")]
    [InlineData("<html><script>alert(1)</script></html>", null)]
    [InlineData("   <svg onload=alert(1)>", null)]
    public void Text_is_accepted_only_as_plain_text(string text, string? type)
    {
        Assert.Equal(type, AttachmentRules.DetectType(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void A_Word_or_Excel_file_is_an_Office_Open_XML_package()
    {
        var head = Encoding.ASCII.GetBytes("PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml");

        Assert.Equal("application/vnd.openxmlformats-officedocument", AttachmentRules.DetectType(head));
    }

    [Fact]
    public void The_limit_is_20_MB_per_file() => Assert.Equal(20 * 1024 * 1024, AttachmentRules.MaxBytes);
}
