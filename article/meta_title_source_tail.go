package article

import "strings"

// This file drops what a link aggregator prints after a headline in its
// <h1>: the source's domain in brackets and the count of comments
// ("Grads find jobs scarce (example.com) 87"), when a metadata title gives
// the headline without them.

// maxTailCount is the longest count of comments, in digits, printed after
// a headline.
const maxTailCount = 6

// trimSourceTail returns t without a trailing "(domain.tld)" and count
// when what is left is, by its key, one of titles and has three words or
// more; else t.
func trimSourceTail(t string, titles []string) string {
	head, ok := cutSourceTail(t)
	if !ok {
		return t
	}
	k := titleKey(head)
	if strings.Count(k, " ") < 2 {
		return t
	}
	for _, c := range titles {
		if titleKey(c) == k {
			return head
		}
	}
	return t
}

// cutSourceTail cuts the trailing counts and bracketed domain names off
// t; ok says a domain name was among them.
func cutSourceTail(t string) (head string, ok bool) {
	head = strings.TrimSpace(t)
	for {
		i := strings.LastIndexByte(head, ' ')
		if i <= 0 {
			return head, ok
		}
		last := head[i+1:]
		switch {
		case isBracketedDomain(last):
			ok = true
		case !isCount(last):
			return head, ok
		}
		head = strings.TrimSpace(head[:i])
	}
}

// isBracketedDomain reports whether w is a domain name in round brackets:
// "(example.com)".
func isBracketedDomain(w string) bool {
	inner, found := strings.CutPrefix(w, "(")
	inner, closed := strings.CutSuffix(inner, ")")
	return found && closed && domainFlat(inner) != ""
}

// isCount reports whether w is a short run of ASCII digits.
func isCount(w string) bool { return byteRun(w, maxTailCount, '0', '9') }

// byteRun reports whether w is a run of at most max bytes, each between
// lo and hi.
func byteRun(w string, max int, lo, hi byte) bool {
	if w == "" || len(w) > max {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < lo || w[i] > hi {
			return false
		}
	}
	return true
}
