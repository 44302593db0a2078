package article

import "strings"

// A site often ends every page title with the list of its sections or
// what it offers, after a bar: "| News, Traffic, Weather, Local Events",
// "| Recipes, Reviews, Guides". Such a list is longer than a label (see
// cutLabelSuffix) but is no more part of the headline: three items or
// more, each of a few words, set apart by commas.

// minSectionListItems is the fewest items of a list of sections.
const minSectionListItems = 3

// maxSectionItemWords is the most words of one item of a list of
// sections.
const maxSectionItemWords = 3

// sectionList reports whether tail, the last part of a title, is a list
// of minSectionListItems short items or more set apart by commas.
func sectionList(tail string) bool {
	items := strings.Split(tail, ",")
	if len(items) < minSectionListItems {
		return false
	}
	for _, it := range items {
		if n := headlineWords(titleKey(it)); n == 0 || n > maxSectionItemWords {
			return false
		}
	}
	return true
}
