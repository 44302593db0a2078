package article

import "strings"

// This file lets a metadata title cut short agree with the <h1> it
// starts: og:title "Rain floods the old town as the river rises to a
// level not…" beside the <h1> that goes on to the end of the headline.
// Share cards and search results limit a title's length, so a site often
// cuts its og:title or twitter:title and marks the cut with an ellipsis;
// the <h1> is then the headline whole. The last word before the
// ellipsis may itself be cut ("lev…"), so it is left out of the match.

// minCutMetaWords is the fewest whole words a title cut short must keep
// to speak for an <h1>.
const minCutMetaWords = 4

// ellipsisCut returns the title key of t without its last, maybe cut,
// word when t ends with an ellipsis, else "".
func ellipsisCut(t string) string {
	t = strings.TrimSpace(t)
	rest, ok := strings.CutSuffix(t, "…")
	if !ok {
		rest, ok = strings.CutSuffix(t, "...")
	}
	if !ok {
		return ""
	}
	words := strings.Fields(titleKey(rest))
	if len(words) <= minCutMetaWords {
		return ""
	}
	return strings.Join(words[:len(words)-1], " ")
}

// startsCut reports whether the metadata title m is cut short with an
// ellipsis and the <h1> key k goes on from what it keeps.
func startsCut(m, k string) bool {
	c := ellipsisCut(m)
	return c != "" && len(k) > len(c) && prefixWords(k, c)
}
