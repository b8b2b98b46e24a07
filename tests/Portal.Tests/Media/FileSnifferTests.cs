using System.Text;
using Portal.Modules.Media;

namespace Portal.Tests.Media;

[Trait("Category", "Unit")]
public sealed class FileSnifferTests
{
    [Theory]
    [InlineData("FFD8FFE000104A464946", "image/jpeg")]
    [InlineData("89504E470D0A1A0A0000000D49484452", "image/png")]
    [InlineData("474946383961", "image/gif")]
    [InlineData("52494646000000005745425056503820", "image/webp")]
    [InlineData("0000001C6674797061766966", "image/avif")]
    [InlineData("000000186674797069736F6D", "video/mp4")]
    [InlineData("00000020667479706D703432", "video/mp4")]
    [InlineData("1A45DFA3A3428288847765626D", "video/webm")]
    [InlineData("255044462D312E37", "application/pdf")]
    [InlineData("EFBBBF5745425654540A", "text/vtt")]
    public void Accepted_types_are_known_by_their_first_bytes(string hex, string mime) =>
        Assert.Equal(mime, FileSniffer.SniffHeader(Convert.FromHexString(hex))?.Mime);

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]
    [InlineData("<?xml version=\"1.0\"?><svg/>")]
    [InlineData("MZ\u0090\0\u0003")]
    [InlineData("\u007fELF\u0002\u0001")]
    [InlineData("<html><script>")]
    [InlineData("WEBVTTX")]
    [InlineData("II*\0")]
    public void Svg_executables_and_other_files_are_not_accepted(string start) =>
        Assert.Null(FileSniffer.SniffHeader(Encoding.Latin1.GetBytes(start)));

    [Fact]
    public void Matroska_that_is_not_webm_and_quicktime_are_not_accepted()
    {
        Assert.Null(FileSniffer.SniffHeader(Convert.FromHexString("1A45DFA3A342828888" + Convert.ToHexString("matroska"u8))));
        Assert.Null(FileSniffer.SniffHeader(Convert.FromHexString("00000014667479707174202000000000")));
    }
}
