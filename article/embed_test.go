package article

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// htmlTestConfig is a frozen Config with the languages and the HTML
// extractors of tweets, embeds and key points.
func htmlTestConfig() *Config {
	cfg := NewConfig()
	Extenders{French, English, Tweets, Embeds, Summaries}.Extend(cfg)
	cfg.Freeze()
	return cfg
}

const (
	snippetBefore = "<p>Le gouvernement a présenté mardi son projet de loi sur l'intelligence artificielle, attendu depuis des mois par les entreprises du secteur.</p>"
	snippetAfter  = "<p>Le texte sera examiné au Sénat au printemps, a indiqué le ministre, qui espère une adoption définitive avant l'été.</p>"
)

// parseSnippet parses an article page whose body holds two paragraphs
// around snippet.
func parseSnippet(t *testing.T, snippet string) *Article {
	t.Helper()
	page := "<!DOCTYPE html><html lang=\"fr\"><head><title>Projet de loi</title></head><body><article><h1>Projet de loi</h1>" +
		snippetBefore + snippet + snippetAfter + "</article></body></html>"
	a, err := ParseHTML(context.Background(), htmlTestConfig(), strings.NewReader(page), Input{URL: "https://journal.example/politique/article.html"})
	require.NoError(t, err)
	return a
}

// embedCase is an embed snippet and the Embed it must give; published is
// the date's JSON form, or "".
type embedCase struct {
	name, html string
	want       Embed
	published  string
}

func TestTweetEmbeds(t *testing.T) {
	runEmbedCases(t, []embedCase{
		{name: "blockquote with signature", html: `<blockquote class="twitter-tweet" data-lang="fr"><p lang="fr" dir="ltr">Fier de lancer <a href="https://twitter.com/hashtag/IA?src=hash">#IA</a> avec <a href="https://twitter.com/MistralAI">@MistralAI</a> <a href="https://t.co/AbCdE">https://t.co/AbCdE</a></p>&mdash; Satya Nadella (@satyanadella) <a href="https://twitter.com/satyanadella/status/1762123456789012345?ref_src=twsrc%5Etfw">26 février 2024</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>`,
			want: Embed{Kind: EmbedTweet, URL: "https://twitter.com/satyanadella/status/1762123456789012345", Author: "Satya Nadella", Handle: "satyanadella",
				Text: "Fier de lancer #IA avec @MistralAI https://t.co/AbCdE", Links: []string{"https://t.co/AbCdE"}, Mentions: []string{"MistralAI"}, Hashtags: []string{"IA"}},
			published: "2024-02-26"},
		{name: "x.com link and line breaks", html: `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">First line<br><br>Second line pic.twitter.com/xyz</p>— Jane Doe (@jane_doe) <a href="https://x.com/jane_doe/status/1800000000000000001">June 10, 2024</a></blockquote>`,
			want: Embed{Kind: EmbedTweet, URL: "https://x.com/jane_doe/status/1800000000000000001", Author: "Jane Doe", Handle: "jane_doe",
				Text: "First line\nSecond line pic.twitter.com/xyz", Links: []string{"pic.twitter.com/xyz"}},
			published: "2024-06-10"},
		{name: "quoted tweet link in text", html: `<blockquote class="twitter-tweet"><p>Regardez <a href="https://twitter.com/other/status/111">https://twitter.com/other/status/111</a></p>&mdash; Le Journal (@lejournal) <a href="https://twitter.com/lejournal/status/222">1 mars 2024</a></blockquote>`,
			want: Embed{Kind: EmbedTweet, URL: "https://twitter.com/lejournal/status/222", Author: "Le Journal", Handle: "lejournal",
				Text: "Regardez https://twitter.com/other/status/111", Links: []string{"https://twitter.com/other/status/111"}},
			published: "2024-03-01"},
		{name: "blockquote without class", html: `<blockquote><p>Texte du message</p>— Marie Martin (@mmartin) <a href="https://twitter.com/mmartin/status/333">2 mars 2024</a></blockquote>`,
			want:      Embed{Kind: EmbedTweet, URL: "https://twitter.com/mmartin/status/333", Author: "Marie Martin", Handle: "mmartin", Text: "Texte du message"},
			published: "2024-03-02"},
		{name: "link only", html: `<blockquote class="twitter-tweet"><a href="https://twitter.com/AFP/status/444?ref_src=twsrc"></a></blockquote>`,
			want: Embed{Kind: EmbedTweet, URL: "https://twitter.com/AFP/status/444", Handle: "AFP"}},
		{name: "rendered widget", html: `<div class="twitter-tweet twitter-tweet-rendered"><iframe id="twitter-widget-0" data-tweet-id="1762000000000000000" src="https://platform.twitter.com/embed/Tweet.html?id=1762000000000000000"></iframe></div>`,
			want: Embed{Kind: EmbedTweet, URL: "https://twitter.com/i/status/1762000000000000000"}},
		{name: "iframe with data-tweet-id", html: `<iframe data-tweet-id="555" title="X Post"></iframe>`,
			want: Embed{Kind: EmbedTweet, URL: "https://twitter.com/i/status/555"}},
		{name: "platform iframe lazy", html: `<iframe data-src="https://platform.twitter.com/embed/Tweet.html?dnt=true&amp;id=666"></iframe>`,
			want: Embed{Kind: EmbedTweet, URL: "https://twitter.com/i/status/666"}},
		{name: "wordpress wrapper with URL", html: `<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">https://twitter.com/elysee/status/777</div></figure>`,
			want: Embed{Kind: EmbedTweet, URL: "https://twitter.com/elysee/status/777", Handle: "elysee"}},
		{name: "amp-twitter", html: `<amp-twitter width="375" height="472" layout="responsive" data-tweetid="888"></amp-twitter>`,
			want: Embed{Kind: EmbedTweet, URL: "https://twitter.com/i/status/888"}},
	})
}

func TestServiceEmbeds(t *testing.T) {
	runEmbedCases(t, []embedCase{
		{name: "instagram v14", html: `<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/C3AbCdEfGh/?utm_source=ig_embed&amp;utm_campaign=loading" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/C3AbCdEfGh/?utm_source=ig_embed"><div>Voir cette publication sur Instagram</div></a><p><a href="https://www.instagram.com/p/C3AbCdEfGh/?utm_source=ig_embed">Une publication partagée par Paris Musées (@parismusees)</a></p></div></blockquote>`,
			want: Embed{Kind: EmbedInstagram, URL: "https://www.instagram.com/p/C3AbCdEfGh/", Author: "Paris Musées", Handle: "parismusees"}},
		{name: "instagram captioned v12", html: `<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/BuXyZ/" data-instgrm-version="12"><div><p><a href="https://www.instagram.com/p/BuXyZ/">Belle journée au salon #agriculture avec @ferme_dupont</a></p><p>A post shared by <a href="https://www.instagram.com/jdupont/">Jean Dupont</a> (@jdupont) on <time datetime="2019-02-26T13:37:05+00:00">Feb 26, 2019 at 5:37am PST</time></p></div></blockquote>`,
			want: Embed{Kind: EmbedInstagram, URL: "https://www.instagram.com/p/BuXyZ/", Author: "Jean Dupont", Handle: "jdupont",
				Text: "Belle journée au salon #agriculture avec @ferme_dupont", Mentions: []string{"ferme_dupont"}, Hashtags: []string{"agriculture"}},
			published: "2019-02-26T13:37:05Z"},
		{name: "instagram iframe", html: `<iframe src="https://www.instagram.com/reel/CzReel1/embed/captioned/"></iframe>`,
			want: Embed{Kind: EmbedInstagram, URL: "https://www.instagram.com/reel/CzReel1/"}},
		{name: "youtube iframe", html: `<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=abc" title="YouTube video player"></iframe>`,
			want: Embed{Kind: EmbedYouTube, URL: "https://www.youtube.com/watch?v=dQw4w9WgXcQ"}},
		{name: "youtube lazy data-src", html: `<iframe src="about:blank" data-src="//www.youtube-nocookie.com/embed/aBcDeFgHiJk?rel=0"></iframe>`,
			want: Embed{Kind: EmbedYouTube, URL: "https://www.youtube.com/watch?v=aBcDeFgHiJk"}},
		{name: "lite-youtube", html: `<lite-youtube videoid="ogfYd705cRs" playlabel="Play"></lite-youtube>`,
			want: Embed{Kind: EmbedYouTube, URL: "https://www.youtube.com/watch?v=ogfYd705cRs"}},
		{name: "youtube in wordpress figure", html: `<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper"><iframe src="https://www.youtube.com/embed/ogfYd705cRs?feature=oembed"></iframe></div></figure>`,
			want: Embed{Kind: EmbedYouTube, URL: "https://www.youtube.com/watch?v=ogfYd705cRs"}},
		{name: "tiktok", html: `<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@scout2015/video/6718335390845095173" data-video-id="6718335390845095173"><section><a target="_blank" title="@scout2015" href="https://www.tiktok.com/@scout2015?refer=embed">@scout2015</a> Devinez mon nom <a title="foryou" href="https://www.tiktok.com/tag/foryou?refer=embed">#foryou</a> <a title="♬ son original - Scout" href="https://www.tiktok.com/music/son-original-6689804660171082501?refer=embed">♬ son original - Scout</a></section></blockquote>`,
			want: Embed{Kind: EmbedTikTok, URL: "https://www.tiktok.com/@scout2015/video/6718335390845095173", Handle: "scout2015",
				Text: "Devinez mon nom #foryou", Hashtags: []string{"foryou"}}},
		{name: "bluesky", html: `<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3l6oveex3ii2l" data-bluesky-cid="bafyrei"><p lang="en">We're rolling out video! #bluesky</p>&mdash; Bluesky (<a href="https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur?ref_src=embed">@bsky.app</a>) <a href="https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3l6oveex3ii2l?ref_src=embed">September 11, 2024 at 5:02 PM</a></blockquote>`,
			want: Embed{Kind: EmbedBluesky, URL: "https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3l6oveex3ii2l", Author: "Bluesky", Handle: "bsky.app",
				Text: "We're rolling out video! #bluesky", Hashtags: []string{"bluesky"}},
			published: "2024-09-11T17:02:00"},
		{name: "mastodon iframe", html: `<iframe src="https://mastodon.social/@Gargron/111111111111111111/embed" class="mastodon-embed" width="400"></iframe>`,
			want: Embed{Kind: EmbedMastodon, URL: "https://mastodon.social/@Gargron/111111111111111111", Handle: "Gargron@mastodon.social"}},
		{name: "mastodon blockquote", html: `<blockquote class="mastodon-embed" data-embed-url="https://piaille.fr/@lejournal/112233445566/embed"><a href="https://piaille.fr/@lejournal/112233445566" target="_blank"><div>Post by @lejournal@piaille.fr</div><div>View on Mastodon</div></a></blockquote>`,
			want: Embed{Kind: EmbedMastodon, URL: "https://piaille.fr/@lejournal/112233445566", Handle: "lejournal@piaille.fr"}},
		{name: "facebook post", html: `<div class="fb-post" data-href="https://www.facebook.com/lejournal/posts/10154009990506729/" data-width="500"><blockquote cite="https://www.facebook.com/lejournal/posts/10154009990506729/" class="fb-xfbml-parse-ignore"><p>Notre enquête sur le prix de l'énergie</p>Publié par <a href="https://www.facebook.com/lejournal/">Le Journal</a> sur&nbsp;<a href="https://www.facebook.com/lejournal/posts/10154009990506729/">jeudi 27 août 2015</a></blockquote></div>`,
			want: Embed{Kind: EmbedFacebook, URL: "https://www.facebook.com/lejournal/posts/10154009990506729/", Author: "Le Journal", Handle: "lejournal",
				Text: "Notre enquête sur le prix de l'énergie"},
			published: "2015-08-27"},
		{name: "facebook video plugin iframe", html: `<iframe src="https://www.facebook.com/plugins/video.php?height=314&amp;href=https%3A%2F%2Fwww.facebook.com%2Flejournal%2Fvideos%2F123456789%2F&amp;show_text=false"></iframe>`,
			want: Embed{Kind: EmbedFacebook, URL: "https://www.facebook.com/lejournal/videos/123456789/", Handle: "lejournal"}},
		{name: "threads", html: `<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@zuck/post/C8H5FiCtESk" data-text-post-version="0"><a href="https://www.threads.net/@zuck/post/C8H5FiCtESk"><div>Post by @zuck</div><div>View on Threads</div></a></blockquote>`,
			want: Embed{Kind: EmbedThreads, URL: "https://www.threads.net/@zuck/post/C8H5FiCtESk", Handle: "zuck"}},
		{name: "video element", html: `<video controls poster="/img/p.jpg"><source src="/media/reportage.mp4" type="video/mp4"></video>`,
			want: Embed{Kind: EmbedVideo, URL: "https://journal.example/media/reportage.mp4"}},
		{name: "dailymotion", html: `<iframe src="https://geo.dailymotion.com/player/x8abc.html?video=x8zzz9"></iframe>`,
			want: Embed{Kind: EmbedVideo, URL: "https://www.dailymotion.com/video/x8zzz9"}},
		{name: "vimeo", html: `<iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e"></iframe>`,
			want: Embed{Kind: EmbedVideo, URL: "https://vimeo.com/76979871"}},
		{name: "brightcove player", html: `<video data-video-id="6125240406001" data-account="734546185001" data-player="BkOjNkAex" data-embed="default" class="video-js" controls></video>`,
			want: Embed{Kind: EmbedVideo, URL: "https://players.brightcove.net/734546185001/BkOjNkAex_default/index.html?videoId=6125240406001"}},
		{name: "brightcove default player", html: `<video data-video-id="6125240406001" data-account="734546185001" class="video-js"></video>`,
			want: Embed{Kind: EmbedVideo, URL: "https://players.brightcove.net/734546185001/default_default/index.html?videoId=6125240406001"}},
		{name: "datawrapper", html: `<iframe src="https://datawrapper.dwcdn.net/AbC12/3/"></iframe>`,
			want: Embed{Kind: EmbedOther, URL: "https://datawrapper.dwcdn.net/AbC12/3/"}},
	})
}

// runEmbedCases checks that each snippet gives one Embed, placed between
// the paragraphs around it, and that its text stays out of them.
func runEmbedCases(t *testing.T, cases []embedCase) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseSnippet(t, tc.html)
			require.Len(t, a.Embeds, 1)
			got := a.Embeds[0]
			if tc.published == "" {
				assert.Nil(t, got.Published)
			} else if assert.NotNil(t, got.Published) {
				assert.Equal(t, tc.published, got.Published.String())
			}
			got.Published = nil
			assert.Equal(t, tc.want, got)
			assertEmbedInPlace(t, a)
		})
	}
}

// assertEmbedInPlace checks that the body is the paragraph before, the
// embed block, then the paragraph after.
func assertEmbedInPlace(t *testing.T, a *Article) {
	t.Helper()
	require.NotEmpty(t, a.Sections)
	var kinds []BlockKind
	for _, b := range a.Sections[0].Blocks {
		kinds = append(kinds, b.Kind)
		if b.Kind == BlockParagraph {
			assert.NotContains(t, b.Text, "@", "embed text leaked into a paragraph")
		}
	}
	assert.Equal(t, []BlockKind{BlockParagraph, BlockEmbed, BlockParagraph}, kinds)
}

func TestNotEmbeds(t *testing.T) {
	cases := []struct{ name, html string }{
		{"plain blockquote", `<blockquote><p>« Nous ne céderons pas », a déclaré la ministre devant les députés.</p></blockquote>`},
		{"ad iframe", `<iframe src="https://ads.example.net/frame?slot=12"></iframe>`},
		{"link to a tweet in a paragraph", `<p>Il a réagi <a href="https://twitter.com/x/status/1">sur X</a> dans la soirée.</p>`},
		{"embed wrapper of an unknown site", `<div class="embed-container">https://www.example.org/page</div>`},
		{"a player's hidden spare video", `<video style="display: none;"></video>`},
		{"brightcove ids that are no numbers", `<video data-video-id="abc" data-account="7345" style="display:none"></video>`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseSnippet(t, tc.html)
			assert.Empty(t, a.Embeds)
		})
	}
}

func TestEmbedFromURL(t *testing.T) {
	cases := []struct {
		in   string
		kind EmbedKind
		url  string
	}{
		{"https://mobile.twitter.com/user/status/123?s=20", EmbedTweet, "https://twitter.com/user/status/123"},
		{"https://x.com/i/web/status/456", EmbedTweet, "https://x.com/i/status/456"},
		{"https://youtu.be/dQw4w9WgXcQ?t=42", EmbedYouTube, "https://www.youtube.com/watch?v=dQw4w9WgXcQ"},
		{"https://www.youtube.com/shorts/dQw4w9WgXcQ", EmbedYouTube, "https://www.youtube.com/watch?v=dQw4w9WgXcQ"},
		{"https://www.youtube.com/embed/videoseries?list=PL123abc", EmbedYouTube, "https://www.youtube.com/playlist?list=PL123abc"},
		{"https://www.instagram.com/lemonde/p/C1a2b3/", EmbedInstagram, "https://www.instagram.com/p/C1a2b3/"},
		{"https://bsky.app/profile/lemonde.fr/post/3kabc", EmbedBluesky, "https://bsky.app/profile/lemonde.fr/post/3kabc"},
		{"https://www.threads.com/@lemonde/post/C1x", EmbedThreads, "https://www.threads.net/@lemonde/post/C1x"},
		{"https://www.dailymotion.com/embed/video/x7tgad0", EmbedVideo, "https://www.dailymotion.com/video/x7tgad0"},
		{"https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk", EmbedOther, "https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk"},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			e, ok := embedFromURL(tc.in, "")
			require.True(t, ok)
			assert.Equal(t, tc.kind, e.Kind)
			assert.Equal(t, tc.url, e.URL)
		})
	}
	for _, in := range []string{
		"https://twitter.com/user", "https://www.youtube.com/", "javascript:alert(1)", "https://example.com/status/1",
		"https://www.facebook.com/v2.10/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Flejournal", "https://www.facebook.com/lejournal/",
	} {
		_, ok := embedFromURL(in, "")
		assert.False(t, ok, in)
	}
	assert.Equal(t, "1762123456789012345", TweetStatusID("https://x.com/satyanadella/status/1762123456789012345?ref_src=twsrc"))
	assert.Equal(t, "", TweetStatusID("https://example.com/status/1"))
}

func TestEmbedText(t *testing.T) {
	d, ok := ParseDate("26 février 2024")
	require.True(t, ok)
	cases := []struct {
		name string
		e    Embed
		want string
	}{
		{"signed tweet", Embed{Kind: EmbedTweet, Author: "Jean Dupont", Handle: "jdupont", Published: &d, Text: "Bonjour"}, "Bonjour\n— Jean Dupont (@jdupont) 26 février 2024"},
		{"tweet without name or date", Embed{Kind: EmbedTweet, Handle: "jdupont", Text: "Bonjour"}, "Bonjour\n— (@jdupont)"},
		{"tweet without text", Embed{Kind: EmbedTweet, Handle: "jdupont"}, ""},
		{"instagram caption", Embed{Kind: EmbedInstagram, Handle: "jdupont", Text: "Au salon"}, "Au salon"},
		{"video", Embed{Kind: EmbedYouTube, URL: "https://www.youtube.com/watch?v=x"}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, embedText(tc.e))
		})
	}
}

// TestVideoWithoutAddress checks that a <video> whose address a script
// fills in is an embed without a URL, not one pointing at the page itself.
func TestVideoWithoutAddress(t *testing.T) {
	a := parseSnippet(t, `<video data-x-video-id="42" controls></video>`)
	require.Len(t, a.Embeds, 1)
	assert.Equal(t, Embed{Kind: EmbedVideo}, a.Embeds[0])
}
