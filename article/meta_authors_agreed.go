package article

import (
	"strings"
	"unicode"
)

// This file holds the last resort of the author picker, for a page that
// no other source credits to anyone: a credit that the JSON-LD author and
// a second source give word for word ("Staff Clinician", "News Desk") is
// the page's own word for who wrote it, even when its spelling is not a
// person's name and the byline reader rejects it.

// Bounds of the agreed credit.
const (
	maxAgreedCredit      = 60 // longest agreed credit kept, in bytes
	maxAgreedCreditWords = 5  // most words in an agreed credit
)

// agreedAuthorKeys are the <meta> names that repeat the JSON-LD author.
var agreedAuthorKeys = []string{"author", "article:author", "parsely-author", "dc.creator"}

// agreedCredit returns the one author the JSON-LD names, as written, when
// a <meta> tag, the "Written by" label of the Twitter card or an element
// marked as the author repeats it, and it reads as a credit.
func (ap authorPicker) agreedCredit(pm *pageMeta, ld ldArticle) []Author {
	ps := ld.authors()
	if len(ps) != 1 {
		return nil
	}
	v := strings.TrimSpace(CleanText(unescapeEntities(ps[0].name)))
	if !isCreditShaped(v) || !repeatsCredit(pm, v) {
		return nil
	}
	return []Author{{Name: v}}
}

// isCreditShaped reports whether v may stand as a credit: a few words
// with a letter, not an address, nor a word that names no one ("admin").
func isCreditShaped(v string) bool {
	if len(v) < 2 || len(v) > maxAgreedCredit || looksLikeURL(v) || strings.ContainsAny(v, "@<>{}") {
		return false
	}
	if !strings.ContainsFunc(v, unicode.IsLetter) || len(strings.Fields(v)) > maxAgreedCreditWords {
		return false
	}
	return !moreNotAuthors[strings.ToLower(v)]
}

// repeatsCredit reports whether a second source of the page gives the
// credit v: an author <meta> tag, the Twitter card's "Written by", or an
// element marked as the author whose text is v, with a byline word or not.
func repeatsCredit(pm *pageMeta, v string) bool {
	for _, k := range agreedAuthorKeys {
		for _, m := range pm.metaValues(k) {
			if strings.EqualFold(strings.TrimSpace(CleanText(m)), v) {
				return true
			}
		}
	}
	if w := twitterWriter(pm); w != "" && strings.EqualFold(w, v) {
		return true
	}
	for _, a := range pm.authors {
		t := strings.Trim(boundedText(a.n, maxAgreedCredit+20), " |")
		if strings.EqualFold(t, v) || strings.EqualFold(strings.TrimSpace(strings.TrimPrefix(strings.ToLower(t), "by ")), v) {
			return true
		}
	}
	return false
}
