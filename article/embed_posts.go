package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// postText returns the text of a post's markup, one line per paragraph or
// line break, leaving out the elements drop says to and the lines of
// nothing but spaces (the no-break spaces some embed codes leave in an
// empty caption).
func postText(n *html.Node, drop func(*html.Node) bool) string {
	var b strings.Builder
	appendPostText(&b, n, drop)
	var lines []string
	for _, l := range strings.Split(b.String(), "\n") {
		if l = CleanText(l); !onlySpaces(l) {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// appendPostText writes the text of n's subtree to b with a line break
// for each <br> and around each block element.
func appendPostText(b *strings.Builder, n *html.Node, drop func(*html.Node) bool) {
	if n.Type == html.TextNode {
		b.WriteString(strings.ReplaceAll(n.Data, "\n", " "))
		return
	}
	if n.Type != html.ElementNode && n.Type != html.DocumentNode {
		return
	}
	if n.Type == html.ElementNode && (skippedSet.has(n.DataAtom) || (drop != nil && drop(n))) {
		return
	}
	lineBreak := n.DataAtom == atom.Br || n.DataAtom == atom.P || n.DataAtom == atom.Div
	if lineBreak {
		b.WriteByte('\n')
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		appendPostText(b, ch, drop)
	}
	if lineBreak {
		b.WriteByte('\n')
	}
}

// elementsUnder returns the elements of kind a under n, in document order.
func elementsUnder(n *html.Node, a atom.Atom) []*html.Node {
	var out []*html.Node
	for d := range descendants(n) {
		if d.Type == html.ElementNode && d.DataAtom == a {
			out = append(out, d)
		}
	}
	return out
}

// firstURLEmbed returns the first address among n's links (and its own
// attrs) that is a post of kind k.
func firstURLEmbed(n *html.Node, base string, k EmbedKind, attrs ...string) (Embed, bool) {
	for _, a := range attrs {
		if e, ok := embedFromURL(Attr(n, a), base); ok && e.Kind == k {
			return e, true
		}
	}
	for _, a := range elementsUnder(n, atom.A) {
		if e, ok := embedFromURL(Attr(a, "href"), base); ok && e.Kind == k {
			return e, true
		}
	}
	return Embed{}, false
}

var (
	// sharedByRE matches "Name (@handle)" in the credit line of an
	// Instagram post.
	sharedByRE = lazyRegexp(`([^()]*?)\s*\(@([A-Za-z0-9_.]{1,30})\)`)
	// sharedPrefixRE matches the words before the name in that credit
	// line, "A post shared by", in the languages Instagram writes it in.
	sharedPrefixRE = lazyRegexp(`(?i)^.*(?:shared by|partagée? par|geteilt von|compartida por|condivis[oa] da|gedeeld door|publicado por|udostępniony przez)\s+`)
	// creditRE matches a post's credit line, "— Name (@handle) date",
	// with handles that may hold dots and an instance (Bluesky, Mastodon).
	creditRE = lazyRegexp(`(?:^|\n)\s*(?:—|–|-)\s*([^\n()]*?)\s*\(@?([\w.@:-]{1,80})\)\s*([^\n]*)$`)
)

// instagramQuote reads blockquote.instagram-media: the permalink, the
// credit "A post shared by Name (@handle)", the caption when the embed
// carries it, and the <time> of the post.
func instagramQuote(n *html.Node, base string) (Embed, bool) {
	e, ok := embedFromURL(Attr(n, "data-instgrm-permalink"), base)
	if !ok || e.Kind != EmbedInstagram {
		e, ok = firstURLEmbed(n, base, EmbedInstagram)
	}
	if !ok {
		e = Embed{Kind: EmbedInstagram}
	}
	var caption []string
	for _, p := range elementsUnder(n, atom.P) {
		t := NodeText(p)
		if m := sharedByRE().FindStringSubmatch(t); m != nil {
			e.Handle = m[2]
			e.Author = strings.TrimSpace(sharedPrefixRE().ReplaceAllString(m[1], ""))
			continue
		}
		if c := postText(p, nil); c != "" {
			caption = append(caption, c)
		}
	}
	e.Text = strings.Join(caption, "\n")
	e.Published = timeOf(n)
	annotatePost(&e)
	return e, true
}

// timeOf returns the date of the first <time> under n, if readable.
func timeOf(n *html.Node) *Date {
	for _, t := range elementsUnder(n, atom.Time) {
		for _, s := range []string{Attr(t, "datetime"), NodeText(t)} {
			if d, ok := ParseDate(s); ok {
				return &d
			}
		}
	}
	return nil
}

// tikTokQuote reads blockquote.tiktok-embed: the cite address, and the
// caption without the author's and the music's links.
func tikTokQuote(n *html.Node, base string) (Embed, bool) {
	e, ok := embedFromURL(Attr(n, "cite"), base)
	if !ok || e.Kind != EmbedTikTok {
		e = Embed{Kind: EmbedTikTok}
		if id := Attr(n, "data-video-id"); statusIDRE().MatchString(id) {
			e.URL = "https://www.tiktok.com/embed/v2/" + id
		}
	}
	e.Text = postText(n, func(a *html.Node) bool {
		if a.DataAtom != atom.A {
			return false
		}
		href := Attr(a, "href")
		return strings.Contains(href, "/music/") || (strings.Contains(href, "/@") && !strings.Contains(href, "/video/"))
	})
	annotatePost(&e)
	return e, true
}

// blueskyQuote reads blockquote.bluesky-embed: the post's at:// URI, its
// text, and the credit "— Name (@handle) date".
func blueskyQuote(n *html.Node, base string) (Embed, bool) {
	e := Embed{Kind: EmbedBluesky, URL: blueskyPostURL(Attr(n, "data-bluesky-uri"))}
	if found, ok := firstURLEmbed(n, base, EmbedBluesky); ok && e.URL == "" {
		e.URL = found.URL
	}
	readCredit(&e, postText(n, nil))
	annotatePost(&e)
	return e, true
}

// blueskyPostURL turns "at://DID/app.bsky.feed.post/KEY" into the post's
// bsky.app address, or returns "".
func blueskyPostURL(uri string) string {
	rest, ok := strings.CutPrefix(uri, "at://")
	parts := strings.Split(rest, "/")
	if !ok || len(parts) != 3 || parts[1] != "app.bsky.feed.post" {
		return ""
	}
	return "https://bsky.app/profile/" + parts[0] + "/post/" + parts[2]
}

// readCredit splits text into the post and its credit line, filling e's
// Text, Author, Handle and Published. Without a credit line, all of text
// is the post.
func readCredit(e *Embed, text string) {
	m := creditRE().FindStringSubmatchIndex(text)
	if m == nil {
		e.Text = text
		return
	}
	e.Text = strings.TrimSpace(text[:m[0]])
	e.Author = text[m[2]:m[3]]
	if e.Handle == "" {
		e.Handle = strings.TrimPrefix(text[m[4]:m[5]], "@")
	}
	if d, ok := parsePostDate(text[m[6]:m[7]]); ok {
		e.Published = &d
	}
}

// parsePostDate reads the date of a credit line, such as "October 10,
// 2024 at 8:02 PM" or "on Friday, December 5, 2014".
func parsePostDate(s string) (Date, bool) {
	if d, ok := ParseDate(s); ok {
		return d, true
	}
	d, _, _, ok := FindDate(s)
	return d, ok
}

// threadsQuote reads blockquote.text-post-media, Threads' embed code.
func threadsQuote(n *html.Node, base string) (Embed, bool) {
	e, ok := embedFromURL(Attr(n, "data-text-post-permalink"), base)
	if !ok || e.Kind != EmbedThreads {
		if e, ok = firstURLEmbed(n, base, EmbedThreads); !ok {
			e = Embed{Kind: EmbedThreads}
		}
	}
	return e, true
}

// mastodonQuote reads Mastodon's embed code (blockquote.mastodon-embed
// with data-embed-url, or a wrapper around its iframe).
func mastodonQuote(n *html.Node, base string) (Embed, bool) {
	if e, ok := mastodonURL(Attr(n, "data-embed-url"), base); ok {
		return e, true
	}
	for _, a := range append(elementsUnder(n, atom.A), elementsUnder(n, atom.Iframe)...) {
		if e, ok := mastodonURL(firstSet(Attr(a, "href"), Attr(a, "src")), base); ok {
			return e, true
		}
	}
	return Embed{Kind: EmbedMastodon}, true
}

// facebookBlock reads div.fb-post and div.fb-video: the data-href address
// and, from the blockquote inside, the post's text, its author ("Posted by
// <a>Name</a>") and its date (the last link).
func facebookBlock(n *html.Node, base string) (Embed, bool) {
	e, ok := embedFromURL(Attr(n, "data-href"), base)
	if !ok || e.Kind != EmbedFacebook {
		e = Embed{Kind: EmbedFacebook, URL: Attr(n, "data-href")}
	}
	q := findFirst(n, atom.Blockquote)
	if q == nil {
		return e, true
	}
	var text []string
	for _, p := range elementsUnder(q, atom.P) {
		text = append(text, postText(p, nil))
	}
	e.Text = strings.TrimSpace(strings.Join(text, "\n"))
	facebookCredit(&e, q)
	annotatePost(&e)
	return e, true
}

// facebookCredit reads the credit that follows the text of a Facebook
// embed's blockquote: "Posted by <a>Name</a> on <a>date</a>". The author
// is the first link after words; the date is in what follows it.
func facebookCredit(e *Embed, q *html.Node) {
	var after strings.Builder
	author := false
	for ch := q.FirstChild; ch != nil; ch = ch.NextSibling {
		switch {
		case author:
			appendText(&after, ch)
			after.WriteByte(' ')
		case ch.DataAtom == atom.A && ch.PrevSibling != nil && ch.PrevSibling.Type == html.TextNode &&
			strings.TrimSpace(ch.PrevSibling.Data) != "":
			e.Author, author = NodeText(ch), true
		}
	}
	if d, ok := parsePostDate(CleanText(after.String())); ok {
		e.Published = &d
	}
}
