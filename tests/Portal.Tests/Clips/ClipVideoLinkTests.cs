using Portal.Modules.Clips;

namespace Portal.Tests.Clips;

[Trait("Category", "Unit")]
public sealed class ClipVideoLinkTests
{
    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1")]
    [InlineData("https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=30", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1")]
    [InlineData("https://www.youtube.com/shorts/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1")]
    [InlineData("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1")]
    [InlineData("https://player.vimeo.com/video/76979871", "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1")]
    public void YouTube_and_Vimeo_links_become_privacy_enhanced_embeds(string url, string embed) =>
        Assert.Equal(embed, ClipVideoLink.Parse(url)!.EmbedUrl);

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=short")]                       // not 11 characters
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ\"><script>")]     // markup in the id
    [InlineData("https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ")]        // look-alike host
    [InlineData("https://evil.example/?u=https://youtu.be/dQw4w9WgXcQ")]
    [InlineData("https://user@www.youtube.com/watch?v=dQw4w9WgXcQ")]            // user info
    [InlineData("https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ")]            // other port
    [InlineData("javascript:alert(1)")]
    [InlineData("https://vimeo.com/channels/staffpicks")]
    [InlineData("https://vimeo.com/12")]
    [InlineData("https://www.dailymotion.com/video/x7tgad0")]
    [InlineData("/video/mot-clip")]
    public void Other_hosts_and_malformed_ids_are_refused(string url) => Assert.Null(ClipVideoLink.Parse(url));

    [Fact]
    public void The_watch_link_is_rebuilt_from_the_id_alone() =>
        Assert.Equal("https://www.youtube.com/watch?v=dQw4w9WgXcQ", ClipVideoLink.Parse("https://youtu.be/dQw4w9WgXcQ?si=tracking")!.WatchUrl);
}
