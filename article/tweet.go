package article

import (
	"regexp"
	"strings"
)

// Tweets is the extension that finds tweets: pasted as text (the post,
// then a line "— Name (@handle) Date") and, in HTML, the embeds Twitter
// and X publish. It is one of the defaults.
var Tweets = NewTweets()

// NewTweets returns the tweet extension.
func NewTweets() Extender {
	return ExtenderFunc(func(c *Config) {
		c.AddLineExtractor(tweetLines{}, 100)
		c.AddNodeExtractor(tweetNodes{}, 100)
	})
}

// signatureRE matches the signature line of a tweet: a dash, the author's
// name, the handle in parentheses, then the date (or nothing).
var signatureRE = lazyRegexp(`^(?:—|–|&mdash;|&#8212;|--|-)\s*(.*?)\s*\(@([A-Za-z0-9_]{1,15})\)\s*(.*)$`)

// ParseTweetSignature reads the signature line of a tweet, such as
// "— Satya Nadella (@satyanadella) February 26, 2024", and returns a tweet
// Embed with its Author, Handle and, when the date is readable, Published.
// A signature may end with the tweet's URL instead of, or after, its date.
func ParseTweetSignature(line string) (Embed, bool) {
	line = strings.TrimSpace(line)
	if len(line) > 400 {
		return Embed{}, false
	}
	m := signatureRE().FindStringSubmatch(line)
	if m == nil {
		return Embed{}, false
	}
	e := Embed{Kind: EmbedTweet, Author: strings.TrimSpace(m[1]), Handle: m[2]}
	rest := m[3]
	if u := urlRE().FindString(rest); u != "" {
		if strings.Contains(u, "/status/") {
			e.URL = u
		}
		rest = strings.Replace(rest, u, "", 1)
	}
	if d, ok := ParseDate(rest); ok {
		e.Published = &d
	}
	return e, true
}

var (
	urlRE     = lazyRegexp(`(?:https?://|pic\.twitter\.com/|www\.)[^\s<>"«»“”]+[^\s<>"«»“”.,;:!?)]`)
	mentionRE = lazyRegexp(`(?:^|[^\w@])@([A-Za-z0-9_]{1,15})\b`)
	hashtagRE = lazyRegexp(`(?:^|[^\w&#])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)`)
)

// annotatePost fills the Links, Mentions and Hashtags of e from e.Text.
func annotatePost(e *Embed) {
	e.Links = urlRE().FindAllString(e.Text, -1)
	e.Mentions = submatches(mentionRE(), e.Text)
	e.Hashtags = submatches(hashtagRE(), e.Text)
}

// submatches returns the first group of every match of re in s.
func submatches(re *regexp.Regexp, s string) []string {
	var out []string
	for _, m := range re.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}

// maxTweetLines is the most lines a pasted tweet's text may span.
const maxTweetLines = 12

// tweetLines claims a pasted tweet: the lines of its text, then its
// signature. When paragraphs are separated by blank lines, the text is the
// lines of the signature's paragraph; otherwise it is the one line before
// the signature.
type tweetLines struct{}

func (tweetLines) Extract(c *Context, lines []string) int {
	if _, ok := ParseTweetSignature(lines[0]); ok || lines[0] == "" {
		return 0
	}
	span := 1
	if blank, _ := BlankSeparated.Get(c); blank {
		span = maxTweetLines
	}
	for k := 1; k <= span && k < len(lines) && lines[k] != ""; k++ {
		e, ok := ParseTweetSignature(lines[k])
		if !ok {
			continue
		}
		e.Text = strings.Join(lines[:k], "\n")
		annotatePost(&e)
		c.AddEmbed(e)
		return k + 1
	}
	return 0
}
