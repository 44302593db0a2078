package article

import "strings"

// This file matches the names of one source of the authors with those of
// another, where a byline prints a title the metadata leaves out.

// nameHonorifics are the titles written before a name, folded to lower case
// and without their dot.
var nameHonorifics = foldedSet("dr", "prof", "mr", "mrs", "ms", "mx", "sir", "dame", "dott", "dra", "sr", "sra")

// nameKey is the key of an author's name for matching one source with
// another: its title key without a leading honorific, so that "Dr Jane
// Doe" in the byline is the "Jane Doe" of the metadata.
func nameKey(name string) string {
	k := titleKey(name)
	if first, rest, ok := strings.Cut(k, " "); ok && nameHonorifics[first] && strings.Contains(rest, " ") {
		return rest
	}
	return k
}
