package article

// A newsroom's metadata often sets the story's section or topic before
// the headline ("Politik: Der Stadtrat beschließt den Haushalt", "World –
// Ferries run again") while the <h1> prints the headline alone. The <h1> agrees with
// that metadata title: the part after its first separator is the <h1>
// word for word, and the part before it is a short label, shorter than
// the headline. A long first part before a short <h1> ("What the Long
// Dry Summer Taught the Valley Farmers: Plant Early") is not a label, and
// the metadata title stays whole.

// maxMetaKickerWords is the most words of a label a metadata title sets
// before the headline the <h1> prints alone.
const maxMetaKickerWords = 3

// minKickedHeadWords is the fewest words of an <h1> that a metadata title
// may print after a label.
const minKickedHeadWords = 3

// kickerSeparators set a label off the start of a metadata title.
var kickerSeparators = []string{": ", " - ", " – ", " — ", " | ", "：", "｜"}

// kickedTitle reports whether the metadata title m is the <h1> key k after
// a short label and the first of kickerSeparators in m.
func kickedTitle(m, k string) bool {
	at, sep := firstSeparator(m, kickerSeparators)
	if at <= 0 || titleKey(m[at+len(sep):]) != k {
		return false
	}
	head, n := headlineWords(titleKey(m[:at])), headlineWords(k)
	return head >= 1 && head <= maxMetaKickerWords && n >= minKickedHeadWords && head < n
}
