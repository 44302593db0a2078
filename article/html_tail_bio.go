package article

import (
	"strings"
)

// Many articles end with a note on their writer: "Jane Doe is a freelance
// writer based in Lyon. She has covered…". It is about the author, not
// the story, and a page's text leaves it out like the byline. A note is
// recognised by its place (among the last blocks), by its first words
// (the name of one of the article's authors) and by the verb that
// follows the name ("is", "has", "was", "writes", "covers").

// maxBioTail is how many blocks, from the end, may hold an author note.
const maxBioTail = 3

// maxFarBioTail is how many blocks, from the end, may hold an author
// note that names the author in full: a site may set its boxes of
// related posts, offers and sign-up forms below the note, and the note
// then heads what is left out. A first name alone is trusted only among
// the last maxBioTail blocks.
const maxFarBioTail = 10

// maxBioLen is the longest paragraph, in bytes, taken for an author note.
const maxBioLen = 1200

// bioVerbs follow the author's name at the start of an author note.
var bioVerbs = []string{
	" is ", " was ", " has ", " writes ", " covers ", " leads ", " serves ",
	" est ", " a ", " écrit ",
}

// farBioVerbs follow the author's name in a note further from the end
// than maxBioTail: they say who the author is or what they write, which
// a story naming an organisation that signs it does not ("Amnesty
// International has documented forty arrests", "… is calling on").
var farBioVerbs = []string{
	" is a ", " is an ", " is the ", " writes ", " covers ",
	" est un ", " est une ", " est journaliste ", " écrit ",
}

// trimAuthorNote drops the author note among the last blocks from index
// start on, and the blocks after it, with the labels above it and the
// notes on the other authors right before it (see dropNoteRun); it keeps
// the blocks when the note would be the whole text.
func trimAuthorNote(c *Context, blocks []Block, start int) []Block {
	names, firsts := noteNameKeys(c.article.Authors)
	if len(names) == 0 && len(firsts) == 0 {
		return blocks
	}
	for i := len(blocks) - 1; i > start && i >= len(blocks)-maxFarBioTail; i-- {
		if i >= len(blocks)-maxBioTail && authorNote(blocks[i], names, firsts) || farAuthorNote(blocks, start, i, names) {
			return dropNoteRun(blocks[:i], start, names, firsts)
		}
	}
	return blocks
}

// farAuthorNote reports whether blocks[i], further from the end than
// maxBioTail, is an author note that names an author in full, with a
// verb of farBioVerbs after the name, and sits below the story: the
// blocks before it, from index start on, hold more text than the blocks
// after it, which a box at the top of a short article does not.
func farAuthorNote(blocks []Block, start, i int, names []string) bool {
	if i >= len(blocks)-maxBioTail {
		return false
	}
	k, ok := noteKey(blocks[i])
	return ok && namedNote(k, names, farBioVerbs) && blocksText(blocks[start:i]) > blocksText(blocks[i+1:])
}

// noteNames returns the names of the authors, lower-cased, that have
// at least two words: a lone first name is too common a word.
func noteNames(authors []Author) []string {
	var names []string
	for _, a := range authors {
		if n := lineKey(a.Name); strings.Contains(n, " ") {
			names = append(names, n)
		}
	}
	return names
}

// authorNote reports whether b is a paragraph that starts with one of
// the names (after its label or an opening parenthesis, see noteBody)
// and a verb of bioVerbs right after it, or with one of the
// first names and a description (see firstNameNote).
func authorNote(b Block, names, firsts []string) bool {
	k, ok := noteKey(b)
	return ok && (namedNote(k, names, bioVerbs) || firstNameNote(k, firsts))
}

// noteKey returns the folded text of b that authorNote reads (see
// noteBody), and whether b is a paragraph short enough to be a note.
func noteKey(b Block) (string, bool) {
	if b.Kind != BlockParagraph || len(b.Text) > maxBioLen {
		return "", false
	}
	return noteBody(lineKey(b.Text)), true
}

// namedNote reports whether k starts with one of the names and one of
// verbs right after it.
func namedNote(k string, names, verbs []string) bool {
	for _, n := range names {
		rest, ok := strings.CutPrefix(k, n)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, ",")
		if hasAnyPrefix(rest, verbs) {
			return true
		}
	}
	return false
}
