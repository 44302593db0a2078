package article

import "golang.org/x/net/html"

// The class and id vocabulary of key-points boxes, and the matching of it.
// Every element the body walk and the summary fallback offer is tested
// against these words, so a word list is indexed by its first letter and
// compared with ASCII case folded, in one pass over a name.

// boxWords are the words of class names and ids of key-points boxes.
var boxWords = newFoldWords(
	"key-points", "keypoints", "key_points", "key-takeaways", "takeaways", "essentiel",
	"tldr", "tl-dr", "tl_dr", "highlights", "summary", "points-cles",
	"pointscles", "a-retenir", "aretenir", "at-a-glance", "in-brief", "story-points",
)

// weakBoxWords are class words of key-points boxes that also name the
// style of other lists.
var weakBoxWords = newFoldWords("bullet")

// negativeWords are the words of class names and ids of lists that are
// never key points: navigation, related articles, sharing, tags. They
// match whole words of a class or id, or their start ("navbar").
var negativeWords = newFoldWords(
	"nav", "menu", "related", "breadcrumb", "share", "social", "tags", "comment",
	"footer", "sommaire", "toc", "newsletter", "recommend", "trending", "popular",
	"sidebar", "promo", "outbrain", "taboola", "pagination", "lire", "readmore",
	"more", "also", "mostread", "topics", "keywords", "pop", "modal", "dialog",
	"cookie", "consent", "banner", "install",
)

// foldWords is a list of lower-case ASCII words indexed by their first
// byte, in both cases, so that a name is read once and each of its bytes
// costs one look-up; containedIn reads the same words through a wordIndex
// (see foldTags), which does not compare each word filed under a byte.
type foldWords struct {
	first [256][]string
	index *wordIndex
}

// newFoldWords returns the list of ws, which must be lower-case ASCII of
// two bytes or more.
func newFoldWords(ws ...string) *foldWords {
	fw := &foldWords{index: &wordIndex{}}
	for _, w := range ws {
		fw.first[w[0]] = append(fw.first[w[0]], w)
		if up := w[0] &^ 0x20; 'A' <= up && up <= 'Z' {
			fw.first[up] = append(fw.first[up], w)
		}
	}
	fw.index.add(1, false, ws...)
	return fw
}

// prefixAt reports whether v[i:] starts with one of the words, ASCII case
// aside.
func (fw *foldWords) prefixAt(v string, i int) bool {
	for _, w := range fw.first[v[i]] {
		if hasFoldPrefix(v[i:], w) {
			return true
		}
	}
	return false
}

// containedIn reports whether v contains one of the words, ASCII case
// aside ("RenderKeyPoints" contains "keypoints").
func (fw *foldWords) containedIn(v string) bool {
	return fw.index.foldTags(v) != 0
}

// hasFoldPrefix reports whether s starts with the lower-case ASCII p,
// ASCII case aside.
func hasFoldPrefix(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for j := range len(p) {
		if lowerASCII(s[j]) != p[j] {
			return false
		}
	}
	return true
}

// lowerASCII returns b lower-cased when it is an ASCII capital letter.
func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// wordStarts reports whether a word of v starts with one of words, case
// aside. Words are runs of ASCII letters and digits, also split where a
// lower-case letter meets an upper-case one ("installPopover"). Each
// byte costs one look-up in classBytes.
func wordStarts(v string, words *foldWords) bool {
	prev := byteOutside
	for i := 0; i < len(v); i++ {
		k := classBytes[v[i]]
		start := k != byteOutside && (prev == byteOutside || prev == byteLower && k == byteUpper)
		prev = k
		if start && len(words.first[v[i]]) > 0 && words.prefixAt(v, i) {
			return true
		}
	}
	return false
}

// The kinds of bytes in class names, see classBytes.
const (
	byteOutside uint8 = iota // not in a word
	byteDigit
	byteLower
	byteUpper
)

// classBytes gives the kind of each byte in a class name: an ASCII digit,
// a lower-case or an upper-case ASCII letter, or a byte outside words
// (see classWordByte).
var classBytes = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = byteDigit
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byteLower, byteUpper
	}
	return t
}()

// classWordByte reports whether b belongs to a word of a class name: an
// ASCII letter or digit.
func classWordByte(b byte) bool {
	return '0' <= b && b <= '9' || 'a' <= b|0x20 && b|0x20 <= 'z'
}

// attrHasWord reports whether n's class or id contains one of words, case
// aside ("RenderKeyPoints" contains "keypoints").
func attrHasWord(n *html.Node, words *foldWords) bool {
	return words.containedIn(Attr(n, "class")) || words.containedIn(Attr(n, "id"))
}

// boxClass reports whether n's class or id names a key-points box, with
// one of boxWords, or of weakBoxWords when weak.
func boxClass(n *html.Node, weak bool) bool {
	return attrHasWord(n, boxWords) || (weak && attrHasWord(n, weakBoxWords))
}

// negativeAncestor reports whether one of the few elements around n
// (up to four levels up) is named as navigation, a popover or the like,
// its layout modifiers aside (negativeContainer).
func negativeAncestor(n *html.Node) bool {
	for p, i := n.Parent, 0; p != nil && i < 4; p, i = p.Parent, i+1 {
		if negativeContainer(p) {
			return true
		}
	}
	return false
}

// negativeBox reports whether n's class or id names navigation, related
// articles or the like.
func negativeBox(n *html.Node) bool {
	if n == nil || n.Type != html.ElementNode {
		return false
	}
	return wordStarts(Attr(n, "class"), negativeWords) || wordStarts(Attr(n, "id"), negativeWords)
}
