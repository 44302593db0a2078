package article

import "strings"

// A long part of a title is the headline, not the site's name: the
// headline after a short section in the <title> ("News - Walker: From the
// Back Nine to the Green Jacket"), or a headline that names the site among
// many words ("... Acme Police Report 9,000 Cases This Year").

// minOutweighWords is the fewest words of an <h1> that outweighs the part
// of a title before it.
const minOutweighWords = 5

// maxSiteSuffixWords is the most words of the last part of a title that
// holds the site's name among other words; a longer part is a headline
// that speaks of the site.
const maxSiteSuffixWords = 10

// outweighs reports whether the <h1> key k, the last part of a title, has
// minOutweighWords words or more and more than twice the words of head,
// the part before it: a section before the headline, not a post before
// its blog's name.
func outweighs(k, head string) bool {
	n := strings.Count(k, " ") + 1
	return n >= minOutweighWords && n > 2*len(strings.Fields(titleKey(head)))
}
