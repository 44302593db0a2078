package article

import "strings"

// This file reads the author the Twitter card names: WordPress SEO
// plugins print the writer as twitter:data1 under the label
// twitter:label1, which they translate into the site's language
// ("Written by", "Verfasst von", "Écrit par").

// writtenByLabels are the twitter:label1 texts that say twitter:data1
// is the writer, folded to lower case.
var writtenByLabels = foldedSet("written by", "verfasst von", "geschrieben von", "écrit par", "ecrit par",
	"escrito por", "scritto da", "geschreven door", "skrevet af", "skrevet av", "skriven av",
	"napisane przez", "kirjoittanut", "autor", "auteur", "author")

// isWrittenByLabel reports whether the label l of a Twitter card datum
// says that the datum names the writer.
func isWrittenByLabel(l string) bool {
	return writtenByLabels[strings.ToLower(strings.TrimSpace(l))]
}

// twitterWriter returns the writer the Twitter card names, as written,
// or "" when its first label is not a "written by".
func twitterWriter(pm *pageMeta) string {
	if !isWrittenByLabel(pm.metaValue("twitter:label1")) {
		return ""
	}
	return strings.TrimSpace(CleanText(pm.metaValue("twitter:data1")))
}
