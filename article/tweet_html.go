package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// tweetNodes claims the tweets embedded in an HTML body: Twitter's and X's
// embed code (blockquote.twitter-tweet with its "— Name (@handle) date"
// signature), the rendered widget that only carries data-tweet-id, the
// platform.twitter.com iframe, and the wrappers (WordPress
// wp-block-embed-twitter) that hold only the tweet's address.
type tweetNodes struct{}

func (tweetNodes) Trigger() []atom.Atom {
	return []atom.Atom{atom.Blockquote, atom.Div, atom.Figure, atom.Iframe, 0}
}

func (tweetNodes) Extract(c *Context, n *html.Node) bool {
	e, ok := readTweet(c, n)
	if ok {
		c.AddEmbed(e)
	}
	return ok
}

// readTweet reads the tweet n is, if any.
func readTweet(c *Context, n *html.Node) (Embed, bool) {
	base := c.Input().URL
	switch n.DataAtom {
	case atom.Blockquote:
		return tweetQuote(n, base)
	case atom.Iframe:
		return tweetFrame(n, base)
	case atom.Div, atom.Figure:
		return tweetBlock(n, base)
	case 0:
		if n.Data == "amp-twitter" || n.Data == "x-tweet" {
			return tweetByID(firstSet(Attr(n, "data-tweetid"), Attr(n, "data-tweet-id")))
		}
	}
	return Embed{}, false
}

// tweetQuote reads a tweet's embed code: a blockquote of class
// twitter-tweet (or twitter-video), or any blockquote that ends with a
// tweet's signature and links to the tweet.
func tweetQuote(n *html.Node, base string) (Embed, bool) {
	classed := HasClass(n, "twitter-tweet") || HasClass(n, "twitter-video")
	status, linked := lastStatusLink(n, base)
	if !classed && !linked {
		return Embed{}, false
	}
	text := postText(n, nil)
	e, signed := splitSignature(text)
	if !classed && !signed {
		return Embed{}, false
	}
	e.Kind = EmbedTweet
	if linked {
		e.URL = status.URL
		if e.Handle == "" {
			e.Handle = status.Handle
		}
	}
	if !signed {
		e.Text = text
	}
	e.Text = strings.TrimSpace(e.Text)
	annotatePost(&e)
	return e, true
}

// lastStatusLink returns the tweet of the last link under n to one: the
// signature's date links to the tweet itself, the text may link to others.
func lastStatusLink(n *html.Node, base string) (Embed, bool) {
	links := elementsUnder(n, atom.A)
	for i := len(links) - 1; i >= 0; i-- {
		if e, ok := embedFromURL(Attr(links[i], "href"), base); ok && e.Kind == EmbedTweet {
			return e, true
		}
	}
	return Embed{}, false
}

// splitSignature finds the signature line at the end of a tweet's text
// (the last dash that starts one) and returns the Embed it describes,
// with the text before it as Text.
func splitSignature(text string) (Embed, bool) {
	for end := len(text); end > 0; {
		i := lastDash(text[:end])
		if i < 0 {
			break
		}
		if e, ok := ParseTweetSignature(text[i:]); ok {
			e.Text = text[:i]
			return e, true
		}
		end = i
	}
	return Embed{}, false
}

// lastDash returns the index of the last dash in s that may start a
// signature (an em or en dash, or a hyphen after a space or a line
// break), or -1.
func lastDash(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch {
		case strings.HasPrefix(s[i:], "—"), strings.HasPrefix(s[i:], "–"):
			return i
		case s[i] == '-' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\n'):
			return i
		}
	}
	return -1
}

// tweetFrame reads an iframe that shows a tweet: data-tweet-id, or the
// platform.twitter.com embed page (also lazily, in data-src).
func tweetFrame(n *html.Node, base string) (Embed, bool) {
	if e, ok := tweetByID(Attr(n, "data-tweet-id")); ok {
		return e, true
	}
	for _, k := range lazySrcAttrs {
		if e, ok := embedFromURL(Attr(n, k), base); ok && e.Kind == EmbedTweet {
			return e, true
		}
	}
	return Embed{}, false
}

// tweetBlock reads the wrappers of tweets: the rendered widget
// (div.twitter-tweet-rendered and other elements with data-tweet-id, the
// ID perhaps only on the iframe inside) and the embed wrappers that hold
// only the tweet's address.
func tweetBlock(n *html.Node, base string) (Embed, bool) {
	if e, ok := tweetByID(Attr(n, "data-tweet-id")); ok {
		return e, true
	}
	if HasClass(n, "twitter-tweet-rendered") || (n.DataAtom == atom.Div && HasClass(n, "twitter-tweet")) {
		for _, f := range elementsUnder(n, atom.Iframe) {
			if e, ok := tweetFrame(f, base); ok {
				return e, true
			}
		}
		if q := findFirst(n, atom.Blockquote); q != nil {
			return tweetQuote(q, base)
		}
	}
	if u, ok := wrappedURL(n); ok {
		if e, ok := embedFromURL(u, base); ok && e.Kind == EmbedTweet {
			return e, true
		}
	}
	if e, ok := dataPostURL(n, base); ok && e.Kind == EmbedTweet {
		return e, true
	}
	return Embed{}, false
}

// tweetByID returns the tweet with status ID id, when id is one.
func tweetByID(id string) (Embed, bool) {
	if !statusIDRE().MatchString(id) {
		return Embed{}, false
	}
	return Embed{Kind: EmbedTweet, URL: "https://twitter.com/i/status/" + id}, true
}
