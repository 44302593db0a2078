package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDataURLEmbeds(t *testing.T) {
	runEmbedCases(t, []embedCase{
		{name: "social placeholder", html: `<figure class="wp-block-embed"><div class="wp-block-embed__wrapper"><div id="se-1" class="js-socialembed instagram" data-feed="https://www.instagram.com/p/Cy6H6RGabcd/" data-config="{}"><noscript><a href="https://www.instagram.com/p/Cy6H6RGabcd/">https://www.instagram.com/p/Cy6H6RGabcd/</a></noscript></div><script>initSocialEmbed("se-1")</script></div></figure>`,
			want: Embed{Kind: EmbedInstagram, URL: "https://www.instagram.com/p/Cy6H6RGabcd/"}},
		{name: "video placeholder", html: `<div class="media embed"><div class="embedInner Youtube" data-provider="Youtube" data-resourceurl="https://www.youtube.com/watch?v=JUYnxwAbCdE"></div></div>`,
			want: Embed{Kind: EmbedYouTube, URL: "https://www.youtube.com/watch?v=JUYnxwAbCdE"}},
		{name: "tweet placeholder", html: `<div class="media embed"><div class="embedInner Twitter" data-provider="Twitter" data-resourceurl="https://twitter.com/lejournal/status/1254834028248700001"></div></div>`,
			want: Embed{Kind: EmbedTweet, URL: "https://twitter.com/lejournal/status/1254834028248700001", Handle: "lejournal"}},
	})
}

func TestDataURLNotEmbeds(t *testing.T) {
	for name, snippet := range map[string]string{
		"teaser card":  `<div class="video-container" data-video="https://www.youtube.com/embed/8x4_YgoAbCd"><img src="/thumb.jpg" alt=""></div>`,
		"profile link": `<div class="instagram-follow" data-href="https://www.instagram.com/lejournal/"></div>`,
		"player":       `<div class="embed-audio" data-src="https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk"></div>`,
	} {
		t.Run(name, func(t *testing.T) {
			assert.Empty(t, parseSnippet(t, snippet).Embeds)
		})
	}
}
