package article

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Some boilerplate has no class to tell it, only its wording: share
// bars ("Share this:", then "Facebook", "Twitter"...), "Read more" and
// "Also on" lines, advertisement labels, newsletter pleas, and at the end
// of the article, credit and promotion lines ("Additional reporting by",
// "Follow us on", "© Agency"). These are recognised by short word lists
// of English and French, of other languages (html_promo_words_intl.go),
// and other common labels, on short blocks only.

// maxPromoLine is the longest block, in bytes, that may be a promotion
// or label line.
const maxPromoLine = 160

// promoBlock reports whether b is a share bar, a label or a promotion
// line anywhere in the body. A short quotation that opens with a "read
// also" label is a link to another story set as a quote, as some
// templates set them.
func promoBlock(b Block) bool {
	return promoLine(b, &foldedLine{text: b.Text})
}

// promoLine is promoBlock with the text of b folded as l, which the
// other tests of cleanBlocks read too.
func promoLine(b Block, l *foldedLine) bool {
	switch b.Kind {
	case BlockList:
		return shareList(b.Items)
	case BlockQuote:
		return len(b.Text) <= maxPromoLine && hasAnyPrefix(l.key(), promoPrefixes)
	case BlockParagraph, BlockHeading:
		if len(b.Text) > maxPromoLine {
			return ownNotice(b, l)
		}
		k := l.key()
		return promoLines[k] || hasAnyPrefix(strings.TrimLeft(k, "(["), promoPrefixes) && !alsoOnSentence(b.Text) || backLink(k) || shareList(strings.Split(b.Text, "\n")) || imageCounter(k) || shareBarLine(k) || ratingLine(b.Text, k) || ownNotice(b, l)
	}
	return false
}

// ownNotice reports whether b is a paragraph in which the publisher
// speaks of its page: an affiliate disclosure or a post's footer.
func ownNotice(b Block, l *foldedLine) bool {
	return b.Kind == BlockParagraph && (disclosureLine(l) || postFooter(l))
}

// maxDisclosure is the longest paragraph, in bytes, that may be an
// affiliate disclosure.
const maxDisclosure = 400

// disclosureLine reports whether the line l is the publisher's affiliate
// disclosure ("This post contains affiliate links", "We may earn a
// commission"): a short paragraph that speaks of commissions or affiliate
// links and of the publisher itself ("we", "our", "this article").
// Paragraphs about affiliate marketing speak of others.
func disclosureLine(l *foldedLine) bool {
	s := l.text
	if len(s) > maxDisclosure || !strings.Contains(s, "ffili") && !strings.Contains(s, "ommission") && !strings.Contains(s, "urchases") {
		return false
	}
	k := l.key()
	if !containsAnyString(k, disclosurePhrases) {
		return false
	}
	for _, w := range strings.FieldsFunc(k, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if selfWords[w] {
			return true
		}
	}
	return containsAnyString(k, selfPhrases)
}

// tailBlock reports whether b, at the end of the body, is a credit or
// promotion line: "Additional reporting by", "Follow us on", "©", the
// same in brackets ("(Con información de EFE)"), or an agency's
// sign-off (see agencySignoff).
func tailBlock(b Block) bool {
	if b.Kind != BlockParagraph && b.Kind != BlockHeading || len(b.Text) > maxPromoLine*2 {
		return false
	}
	k := lineKey(b.Text)
	if k == "" {
		return true // a rule of underscores or dashes
	}
	return hasAnyPrefix(strings.TrimPrefix(k, "("), tailPrefixes) || containsAnyString(k, tailPhrases) || agencySignoff(b.Text)
}

// shareList reports whether every item of a list, two or more, names a
// way to share the page.
func shareList(items []string) bool {
	if len(items) < 2 {
		return false
	}
	for _, it := range items {
		k := lineKey(it)
		if !shareLabels[k] && !hasAnyPrefix(k, sharePrefixes) && !intlShareItem(k) {
			return false
		}
	}
	return true
}

// imageCounter reports whether k is a slideshow counter ("image 2 of 5").
func imageCounter(k string) bool {
	if !strings.Contains(k, "image") && !strings.Contains(k, "photo") {
		return false // most lines, told without splitting them
	}
	f := strings.Fields(k)
	return len(f) == 4 && (f[0] == "image" || f[0] == "photo") && (f[2] == "of" || f[2] == "sur") && isDigits(f[1]) && isDigits(f[3])
}

func isDigits(s string) bool {
	return s != "" && strings.TrimFunc(s, unicode.IsDigit) == ""
}

// lineKey folds a short line for the word lists: lower case, curly
// apostrophes made straight, white space collapsed, and punctuation and
// symbols trimmed from both ends. It reads s once and gives what
// strings.ToLower, then strings.Fields and strings.Join, would give (a
// byte that is not UTF-8 becomes U+FFFD, as strings.ToLower makes it).
// The key is built in a buffer on the stack, long enough for the lines
// the word lists read, and copied once.
func lineKey(s string) string {
	var buf [2 * maxNoticeLen]byte
	return string(bytes.TrimFunc(appendLineKey(buf[:0], s), lineKeyTrimmed))
}

// foldedLine is a line of text whose lineKey is made at most once, for
// the several tests that read it.
type foldedLine struct {
	text, folded string
	done         bool
}

// key returns lineKey(l.text).
func (l *foldedLine) key() string {
	if !l.done {
		l.folded, l.done = lineKey(l.text), true
	}
	return l.folded
}

// appendLineKey appends s to b in lower case, curly apostrophes made
// straight, with no leading white space and every run of white space
// inside made one space (see appendFolded).
func appendLineKey(b []byte, s string) []byte { return appendFolded(b, s, true) }

// appendFolded appends s to b in lower case, with no leading white space
// and every run of white space inside made one space; straight makes
// curly apostrophes straight. ASCII bytes, most of a line, are copied as
// they are read, without decoding; a byte that is not UTF-8 becomes
// U+FFFD.
func appendFolded(b []byte, s string, straight bool) []byte {
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c == ' ' || '\t' <= c && c <= '\r' {
				space = len(b) > 0
				continue
			}
			if space {
				b, space = append(b, ' '), false
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if unicode.IsSpace(r) {
			space = len(b) > 0
			continue
		}
		if space {
			b, space = append(b, ' '), false
		}
		if straight {
			b = appendLineRune(b, r)
		} else {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b
}

// appendLineRune appends r, not ASCII, to b in lower case, with a curly
// apostrophe made straight.
func appendLineRune(b []byte, r rune) []byte {
	if r == '’' {
		return append(b, '\'')
	}
	return utf8.AppendRune(b, unicode.ToLower(r))
}

// lineKeyTrimmed reports whether lineKey trims r from the ends of a line.
func lineKeyTrimmed(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '©' && r != '('
}

func hasAnyPrefix(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// hasAnySuffix reports whether s ends with one of ss.
func hasAnySuffix(s string, ss []string) bool {
	for _, x := range ss {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

func containsAnyString(s string, subs []string) bool {
	for _, p := range subs {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// alsoOnSentence reports whether s, a line that may start with "Also on",
// is a sentence of the story ("Also on Monday, the council…", "Also on
// the agenda was…") rather than a pointer to another site or show ("Also
// on BBC News: …", "Also on example.com: …"): a word in small letters or a
// number that is no site's address, or an English day or month, follows
// "on".
func alsoOnSentence(s string) bool {
	rest, ok := hasPrefixFold(s, "also on")
	if !ok || rest == "" {
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	w = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), ",.;:")
	if r, _ := utf8.DecodeRuneInString(w); (unicode.IsLower(r) || unicode.IsDigit(r)) && !strings.Contains(w, ".") {
		return true
	}
	k := strings.ToLower(w)
	en := latinDateLangs["en"]
	for _, names := range en.weekdays {
		if slices.Contains(names, k) {
			return true
		}
	}
	for _, names := range en.months {
		if slices.Contains(names, k) {
			return true
		}
	}
	return false
}
