package article

import (
	"cmp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Embeds is the extension that finds the posts and players embedded in an
// HTML body, other than tweets (see Tweets): Instagram, YouTube, TikTok,
// Bluesky, Mastodon, Facebook and Threads posts, <video> elements, and the
// iframes of known players (Dailymotion and Vimeo as videos; Spotify,
// SoundCloud, Datawrapper... as EmbedOther). Each becomes an Embed, and an
// embed block at its place in the body; its text never goes into the
// paragraphs around it. It is one of the defaults.
var Embeds = NewEmbeds()

// NewEmbeds returns the embeds extension.
func NewEmbeds() Extender {
	return ExtenderFunc(func(c *Config) {
		c.AddNodeExtractor(embedNodes{}, 110)
	})
}

// embedNodes claims embedded posts and players in the body.
type embedNodes struct{}

// Trigger lists the elements embeds are made of. Atom 0 stands for custom
// elements such as <lite-youtube> and <amp-youtube>.
func (embedNodes) Trigger() []atom.Atom {
	return []atom.Atom{atom.Blockquote, atom.Iframe, atom.Div, atom.Figure, atom.Video, 0}
}

func (embedNodes) Extract(c *Context, n *html.Node) bool {
	e, ok := readEmbed(c, n)
	if !ok || e.Kind == EmbedTweet {
		return false
	}
	c.AddEmbed(e)
	return true
}

// readEmbed reads the embed n is, if any.
func readEmbed(c *Context, n *html.Node) (Embed, bool) {
	base := c.pageURL()
	switch n.DataAtom {
	case atom.Blockquote:
		return postQuote(n, base)
	case atom.Iframe:
		return iframeEmbed(n, base)
	case atom.Video:
		return videoEmbed(n, base)
	case atom.Div, atom.Figure:
		return blockEmbed(n, base)
	case 0:
		return customEmbed(n, base)
	}
	return Embed{}, false
}

// postQuote reads the blockquotes the services' embed codes publish.
func postQuote(n *html.Node, base string) (Embed, bool) {
	switch {
	case HasClass(n, "instagram-media"):
		return instagramQuote(n, base)
	case HasClass(n, "tiktok-embed"):
		return tikTokQuote(n, base)
	case HasClass(n, "bluesky-embed"):
		return blueskyQuote(n, base)
	case HasClass(n, "text-post-media"):
		return threadsQuote(n, base)
	case HasClass(n, "mastodon-embed"):
		return mastodonQuote(n, base)
	}
	return Embed{}, false
}

// lazySrcAttrs are the attributes an iframe's address may be in: lazy
// loaders keep it out of src until the frame scrolls into view.
var lazySrcAttrs = []string{"src", "data-src", "data-lazy-src", "data-original", "data-url", "data-litespeed-src", "data-rocket-src"}

// iframeEmbed reads an iframe of a known service or player.
func iframeEmbed(n *html.Node, base string) (Embed, bool) {
	for _, k := range lazySrcAttrs {
		src := Attr(n, k)
		if src == "" {
			continue
		}
		if HasClass(n, "mastodon-embed") || strings.HasSuffix(strings.TrimRight(src, "/"), "/embed") {
			if e, ok := mastodonURL(src, base); ok {
				return e, true
			}
		}
		if e, ok := embedFromURL(src, base); ok {
			return e, true
		}
	}
	return Embed{}, false
}

// videoEmbed reads a <video> element: the address of its src, else of its
// first <source>, else of the Brightcove player it is the placeholder of.
// A hidden <video> with no address is a player's spare element, no embed.
func videoEmbed(n *html.Node, base string) (Embed, bool) {
	src := firstSet(Attr(n, "src"), Attr(n, "data-src"))
	for ch := n.FirstChild; ch != nil && src == ""; ch = ch.NextSibling {
		if ch.Type == html.ElementNode && ch.DataAtom == atom.Source {
			src = firstSet(Attr(ch, "src"), Attr(ch, "data-src"))
		}
	}
	if src == "" {
		if u := brightcoveURL(n); u != "" {
			return Embed{Kind: EmbedVideo, URL: u}, true
		}
		if isHidden(n) {
			return Embed{}, false
		}
	}
	e := Embed{Kind: EmbedVideo}
	if u, ok := parseEmbedURL(src, base); ok {
		e.URL = u.u.String()
	}
	if known, ok := embedFromURL(src, base); ok {
		e = known
	}
	return e, true
}

// blockEmbed reads the <div> and <figure> wrappers of embeds: Facebook's
// fb-post and fb-video, players that carry a video ID, and the wrappers
// (WordPress wp-block-embed and the like) that hold nothing but the
// address of the post, as text or in a data attribute (see dataPostURL).
func blockEmbed(n *html.Node, base string) (Embed, bool) {
	switch {
	case HasClass(n, "fb-post"), HasClass(n, "fb-video"), HasClass(n, "fb-comment-embed"):
		return facebookBlock(n, base)
	case HasClass(n, "mastodon-embed"):
		return mastodonQuote(n, base)
	}
	if p := Attr(n, "data-instgrm-permalink"); p != "" {
		return instagramQuote(n, base)
	}
	if id := youTubeDataID(n); id != "" {
		return Embed{Kind: EmbedYouTube, URL: "https://www.youtube.com/watch?v=" + id}, true
	}
	if u, ok := wrappedURL(n); ok {
		return embedFromURL(u, base)
	}
	return dataPostURL(n, base)
}

// youTubeDataID returns the video ID a YouTube placeholder element carries
// in a data attribute, or "".
func youTubeDataID(n *html.Node) string {
	if !foldContains(Attr(n, "class"), "youtube") {
		return ""
	}
	for _, k := range []string{"data-youtube-id", "data-videoid", "data-video-id", "data-id", "videoid"} {
		if id := Attr(n, k); youTubeIDRE().MatchString(id) {
			return id
		}
	}
	return ""
}

// wrappedURL returns the address an embed wrapper holds as its only text,
// as WordPress does before its embed script runs.
func wrappedURL(n *html.Node) (string, bool) {
	if !foldContains(Attr(n, "class"), "embed") || !textAtMost(n, 600) {
		return "", false
	}
	t, ok := cappedText(n, 300)
	if !ok || strings.ContainsAny(t, " \u00a0") || !strings.HasPrefix(t, "http") {
		return "", false
	}
	return t, true
}

// brightcoveURL returns the address of the Brightcove player whose
// placeholder n is (<video data-account data-video-id data-player>, the
// player's embed code), or "". The account and the video are numbers, as
// Brightcove gives them.
func brightcoveURL(n *html.Node) string {
	account, video := Attr(n, "data-account"), Attr(n, "data-video-id")
	player := cmp.Or(Attr(n, "data-player"), "default")
	if !isDigits(account) || !isDigits(video) || !brightcovePlayerRE().MatchString(player) {
		return ""
	}
	return "https://players.brightcove.net/" + account + "/" + player + "_default/index.html?videoId=" + video
}

// brightcovePlayerRE matches a Brightcove player id: "default" or letters,
// digits, "-" and "_".
var brightcovePlayerRE = lazyRegexp(`^[A-Za-z0-9_-]{1,40}$`)

// customEmbed reads the custom elements of lazy players: <lite-youtube>,
// <lite-vimeo>, <amp-youtube>, <amp-instagram>, <amp-vimeo>,
// <amp-dailymotion>, <amp-iframe>.
func customEmbed(n *html.Node, base string) (Embed, bool) {
	id := firstSet(Attr(n, "videoid"), Attr(n, "data-videoid"), Attr(n, "data-video"))
	switch n.Data {
	case "lite-youtube", "amp-youtube":
		if youTubeIDRE().MatchString(id) {
			return Embed{Kind: EmbedYouTube, URL: "https://www.youtube.com/watch?v=" + id}, true
		}
	case "lite-vimeo", "amp-vimeo":
		if statusIDRE().MatchString(id) {
			return Embed{Kind: EmbedVideo, URL: "https://vimeo.com/" + id}, true
		}
	case "amp-dailymotion":
		if id != "" {
			return Embed{Kind: EmbedVideo, URL: "https://www.dailymotion.com/video/" + id}, true
		}
	case "amp-instagram":
		if sc := Attr(n, "data-shortcode"); sc != "" {
			return Embed{Kind: EmbedInstagram, URL: "https://www.instagram.com/p/" + sc + "/"}, true
		}
	case "amp-iframe", "amp-video":
		return iframeEmbed(n, base)
	}
	return Embed{}, false
}

// firstSet returns the first of ss that is not empty, or "".
func firstSet(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// cappedText returns the clean text of n's subtree when it is at most max
// bytes long, without reading further; ok is false for longer text.
func cappedText(n *html.Node, max int) (string, bool) {
	var b strings.Builder
	if !appendCapped(&b, n, max*4) {
		return "", false
	}
	t := CleanText(b.String())
	return t, len(t) <= max
}

// appendCapped writes the text of n's subtree to b, as appendText does,
// and stops with false past limit bytes.
func appendCapped(b *strings.Builder, n *html.Node, limit int) bool {
	switch {
	case n.Type == html.TextNode:
		b.WriteString(n.Data)
		return b.Len() <= limit
	case n.Type == html.ElementNode && skippedSet.has(n.DataAtom):
		return true
	case n.Type == html.ElementNode && n.DataAtom == atom.Br:
		b.WriteByte(' ')
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if !appendCapped(b, ch, limit) {
			return false
		}
	}
	return true
}

// foldContains reports whether s contains sub, ASCII case aside; sub is
// lower case ASCII. Only the places that hold sub's first byte, in either
// case, are compared: a window of len(sub) bytes that starts otherwise
// cannot fold to sub.
func foldContains(s, sub string) bool {
	if sub == "" {
		return true
	}
	c, u := sub[0], upperByte(sub[0])
	for i := 0; i+len(sub) <= len(s); i++ {
		if (s[i] == c || s[i] == u) && strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// textAtMost reports whether the text of n's subtree, as written (before
// its spaces are collapsed), is at most max bytes long, in a subtree of at
// most 4*max nodes. It allocates nothing and stops early, so that it can
// screen every element cheaply.
func textAtMost(n *html.Node, max int) bool {
	total, nodes := 0, 0
	for d := range descendants(n) {
		if nodes++; nodes > 4*max {
			return false
		}
		if d.Type == html.TextNode {
			total += len(d.Data)
			if total > max {
				return false
			}
		}
	}
	return true
}

// embedText returns what an embed adds to Article.Text: its post as the
// page shows it, the text then, for a signed post (a tweet, a Bluesky
// post), its credit line "— Name (@handle) date".
//
// Whether posts belong in Article.Text at all was measured with the body
// F1 of the benchmarks (examples/compare, mean of per-page F1, tweets being
// the embeds with text there): leaving posts out scored scrapinghub
// 0.9549, wcxb-dev 0.7432, fundus-dev 0.9078; the post's text 0.9585,
// 0.7431, 0.9075; the text and credit line 0.9596, 0.7431, 0.9075. The
// 2019 news pages of scrapinghub count embedded tweets as article text
// (9 pages), the 2025 pages of wcxb and fundus mostly do not (7 pages,
// smaller losses), so posts are kept, as the reader sees them.
func embedText(e Embed) string {
	if e.Text == "" || e.Handle == "" || (e.Kind != EmbedTweet && e.Kind != EmbedBluesky) {
		return e.Text
	}
	credit := []string{"—", e.Author, "(@" + e.Handle + ")"}
	if e.Published != nil {
		credit = append(credit, e.Published.Raw)
	}
	return e.Text + "\n" + strings.Join(strings.Fields(strings.Join(credit, " ")), " ")
}
