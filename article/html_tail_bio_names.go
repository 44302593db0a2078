package article

import "strings"

// An author note often names its writer by the first name alone ("Jane
// is a reporter who covers…"), sits under the name and the writer's role
// set apart ("Jane Doe", "Senior Reporter"), and, on a page by two
// writers, follows the note on the other one. These helpers widen
// trimAuthorNote (html_tail_bio.go) to such notes.

// minFirstName is the shortest first name, in bytes, that may open an
// author note.
const minFirstName = 3

// maxNoteLabels is how many label blocks (the writer's name, role or an
// "About the author" heading) may stand above an author note.
const maxNoteLabels = 2

// firstNameVerbs follow a first name at the start of an author note:
// a description of who the writer is, never an event of the story.
var firstNameVerbs = []string{" is a ", " is an ", " is the "}

// noteNameKeys returns the names of the authors that have two words or
// more, lower-cased (as noteNames does), and the first word of every
// name: a person's first name, or the whole name of a company that signs
// its blog ("Acme is a software company…").
func noteNameKeys(authors []Author) (names, firsts []string) {
	for _, a := range authors {
		k := lineKey(a.Name)
		first, _, several := strings.Cut(k, " ")
		if several {
			names = append(names, k)
		}
		if len(first) >= minFirstName {
			firsts = append(firsts, first)
		}
	}
	return names, firsts
}

// firstNameNote reports whether the paragraph folded to k (lineKey)
// starts with one of the first names and says who that person is ("jane
// is a reporter").
func firstNameNote(k string, firsts []string) bool {
	for _, f := range firsts {
		if rest, ok := strings.CutPrefix(k, f); ok && hasAnyPrefix(rest, firstNameVerbs) {
			return true
		}
	}
	return false
}

// dropNoteRun drops, at the end of blocks, the labels above an author
// note that was just cut, then the notes and labels on the other authors
// right before it.
func dropNoteRun(blocks []Block, start int, names, firsts []string) []Block {
	for {
		blocks = dropNoteLabels(blocks, start, names)
		n := len(blocks)
		if n <= start+1 || !authorNote(blocks[n-1], names, firsts) {
			return blocks
		}
		blocks = blocks[:n-1]
	}
}

// dropNoteLabels drops up to maxNoteLabels blocks at the end of blocks
// that label an author note: headings, and paragraphs that are an
// author's name.
func dropNoteLabels(blocks []Block, start int, names []string) []Block {
	for range maxNoteLabels {
		n := len(blocks)
		if n <= start+1 || !noteLabel(blocks[n-1], names) {
			break
		}
		blocks = blocks[:n-1]
	}
	return blocks
}

// noteLabel reports whether b is a heading or a paragraph that is one of
// the names.
func noteLabel(b Block, names []string) bool {
	if b.Kind == BlockHeading {
		return true
	}
	if b.Kind != BlockParagraph || len(b.Text) > maxMetaLine {
		return false
	}
	k := lineKey(b.Text)
	for _, n := range names {
		if k == n {
			return true
		}
	}
	return false
}
