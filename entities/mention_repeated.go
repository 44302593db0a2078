package entities

// A button or a marquee repeated along a line ("Book Now *Book Now *Book
// Now…") is capitalised, and the tagger can read a long run of it as one
// name. A name does not say the same word three times.

// minRepeatedRun is the shortest mention checked for a repeated word.
const minRepeatedRun = 6

// repeatedRun reports whether a mention of minRepeatedRun words or more
// says its first word three times or more.
func repeatedRun(toks []Token) bool {
	if len(toks) < minRepeatedRun {
		return false
	}
	n := 0
	for _, tk := range toks {
		if tk.Text == toks[0].Text {
			n++
		}
	}
	return n >= 3
}
