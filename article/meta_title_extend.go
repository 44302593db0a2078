package article

import (
	"strings"
	"unicode"
)

// This file tells a short <h1> from the full name of a page that the
// metadata gives: an <h1> "Project Management" on a page whose og:title
// is "Project Management Certificate". When a metadata title carries no
// separator at all (no site name, no tag line) and only goes on from the
// <h1> with more words, it is the page's name written out in full, and the
// <h1> a display cut of it. The same holds of a metadata title that keeps
// the words of an <h1> it does not agree with, in their order, and adds
// others between them ("Managed Data Analytics Services" for "Managed
// Analytics Services"). Both are names of products, services and
// listings: on a page that calls itself an article (og:type "article", a
// JSON-LD Article or BlogPosting) the <h1> is the headline, and a longer
// metadata title a version of it written for search engines.

// extendedTitle returns the first metadata title of metas that goes on
// from the <h1> text h with more words after a word break, with no
// separator in it; ok is false when there is none.
func extendedTitle(h string, metas []string) (string, bool) {
	k := titleKey(h)
	for _, m := range metas {
		mk := titleKey(m)
		if mk == k || !prefixKey(mk, k) || hasTitleSeparator(m) {
			continue
		}
		if rest := restAfterKey(m, k); rest != "" && startsWord(rest) {
			return m, true
		}
	}
	return "", false
}

// hasTitleSeparator reports whether t holds one of titleSeparators.
func hasTitleSeparator(t string) bool {
	for _, sep := range titleSeparators {
		if strings.Contains(t, sep) {
			return true
		}
	}
	return false
}

// restAfterKey returns what follows, in t, the shortest start of t whose
// title key is k, with leading spaces trimmed; "" when no start of t has
// that key.
func restAfterKey(t, k string) string {
	for i := range t {
		if i > 0 && titleKey(t[:i]) == k {
			return strings.TrimLeft(t[i:], " ")
		}
	}
	return ""
}

// startsWord reports whether s starts with a letter or a digit: a plain
// word, not a separator or a bracket.
func startsWord(s string) bool {
	for _, r := range s {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}

// extendedH1 returns the metadata title that writes out in full the
// agreeing <h1> text h (see extendedTitle), else h. The <h1> of a page
// that calls itself an article stays, and so does an <h1> that a metadata
// title gives word for word.
func (ts *titleSources) extendedH1(h string, metas, cleaned []string) string {
	if ts.article {
		return h
	}
	k := titleKey(h)
	for j, m := range metas {
		if titleKey(m) == k || titleKey(cleaned[j]) == k {
			return h
		}
	}
	if full, ok := extendedTitle(h, metas); ok {
		return full
	}
	return h
}

// minFullerWords is the fewest words of an <h1> that a fuller title
// may replace: a one-word <h1> is more often a section than a headline.
const minFullerWords = 2

// fullerTitle returns the first metadata title with no separator that
// holds the words of the <h1> text h in their order, with more words
// between or after them: the page's name that the <h1> shortens
// ("Managed Analytics Services" for "Managed Data Analytics Services");
// ok is false when there is none.
func fullerTitle(h string, metas []string) (string, bool) {
	words := strings.Fields(titleKey(h))
	if len(words) < minFullerWords {
		return "", false
	}
	for _, m := range metas {
		mw := strings.Fields(titleKey(m))
		if len(mw) > len(words) && !hasTitleSeparator(m) && isSubsequence(words, mw) {
			return m, true
		}
	}
	return "", false
}

// isSubsequence reports whether the words of sub appear in all in their
// order, others possibly between them.
func isSubsequence(sub, all []string) bool {
	i := 0
	for _, w := range all {
		if i < len(sub) && w == sub[i] {
			i++
		}
	}
	return i == len(sub)
}

// declaresArticle reports whether the page calls itself an article: its
// og:type is "article", or its JSON-LD object is an Article (of any kind)
// or a blog post.
func declaresArticle(pm *pageMeta, ld ldArticle) bool {
	if strings.EqualFold(strings.TrimSpace(pm.metaValue("og:type")), "article") {
		return true
	}
	return ld.main != nil && ldKind(ldTypes(ld.main)) >= ldKindArticle
}

// ldKindArticle is the rank ldKind gives an Article or a blog post.
const ldKindArticle = 3
