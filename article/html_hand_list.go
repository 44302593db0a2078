package article

import (
	"strings"
	"unicode"
)

// Lists written by hand, with a bullet typed before each item, are read
// as list blocks, as <ul> lists are:
//   - a paragraph whose lines, set apart by line breaks, start with a
//     bullet ("<p><b>Never flush</b><br>- wipes<br>- cotton swabs</p>"):
//     read as one paragraph it gave "Never flush - wipes - cotton swabs".
//     It is a list block, after a paragraph of its first line when that
//     line is no item (the list's label);
//   - a run of paragraphs that each start with the same bullet ("<p>- a
//     </p><p>- b</p>"), see joinBulletRuns.

// brBullets are the marks that start a list item written by hand on a
// line of its own. The en dash is left out: it opens the lines of a
// dialogue as often as the items of a list.
var brBullets = []string{"- ", "• ", "* ", "· ", "▪ ", "► ", "✓ ", "→ "}

// minBrItems is the fewest items that make a list of bulleted lines.
const minBrItems = 2

// brLine is one line of the paragraph gathered: its start in the buffer
// and its clean text.
type brLine struct {
	start int
	text  string
}

// flushBrList adds the paragraph gathered, with line breaks at breaks, as
// a list block, after the paragraph of its label, when its lines are
// bulleted items (see brListLines), and reports whether it did.
func (w *bodyWalker) flushBrList(breaks []int) bool {
	if len(breaks) < minBrItems-1 || !w.lastLineBulleted(breaks) {
		return false
	}
	lines := w.brLines(breaks)
	k, ok := brListLines(lines)
	if !ok {
		return false
	}
	var lead, rest []pendingLink
	for _, p := range w.pending {
		if p.start < lines[k].start {
			lead = append(lead, p)
		} else {
			rest = append(rest, p)
		}
	}
	if k > 0 {
		w.pending = lead
		links := w.paragraphLinks()
		w.c.AddBlock(Block{Kind: BlockParagraph, Text: lines[0].text, Links: links})
	}
	items := make([]string, 0, len(lines)-k)
	for _, l := range lines[k:] {
		item, _ := brItem(l.text)
		items = append(items, item)
	}
	w.pending = rest
	w.c.AddBlock(Block{Kind: BlockList, Items: items, Links: w.paragraphLinks()})
	return true
}

// lastLineBulleted reports whether the last line of the paragraph
// gathered that holds text, after one of breaks, starts with a bullet: a
// test on bytes before the lines are cut and cleaned.
func (w *bodyWalker) lastLineBulleted(breaks []int) bool {
	end := len(w.inline)
	for i := len(breaks) - 1; i >= 0; i-- {
		line := strings.TrimSpace(string(w.inline[breaks[i]:end]))
		if line != "" {
			_, ok := brItem(line)
			return ok
		}
		end = breaks[i]
	}
	return false
}

// brLines returns the lines of the paragraph gathered that hold text,
// cut at its line breaks, breaks.
func (w *bodyWalker) brLines(breaks []int) []brLine {
	var lines []brLine
	start := 0
	for i := 0; i <= len(breaks); i++ {
		end := len(w.inline)
		if i < len(breaks) {
			end = breaks[i]
		}
		if t := CleanText(string(w.inline[start:end])); t != "" {
			lines = append(lines, brLine{start, t})
		}
		start = end
	}
	return lines
}

// brListLines reports whether lines are a list written by hand: at least
// minBrItems bulleted items, all the lines from the first item on, after
// at most one line, the label; k is the index of the first item.
func brListLines(lines []brLine) (k int, ok bool) {
	if len(lines) > 0 {
		if _, item := brItem(lines[0].text); !item {
			k = 1
		}
	}
	if len(lines)-k < minBrItems {
		return 0, false
	}
	for _, l := range lines[k:] {
		if _, item := brItem(l.text); !item {
			return 0, false
		}
	}
	return k, true
}

// brItem returns line without its bullet, and whether it starts with one
// of brBullets followed by some words ("* * *" is a break, no item).
func brItem(line string) (string, bool) {
	_, rest, ok := cutBullet(line)
	return rest, ok
}

// cutBullet returns the bullet of brBullets that starts line and the
// words after it, and whether there are some.
func cutBullet(line string) (bullet, rest string, ok bool) {
	for _, p := range brBullets {
		if rest, ok := strings.CutPrefix(line, p); ok {
			rest = strings.TrimSpace(rest)
			return p, rest, strings.IndexFunc(rest, isWordRune) >= 0
		}
	}
	return "", "", false
}

// isWordRune reports whether r is a letter or a digit.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// joinBulletRuns turns, from index start on, each run of at least
// minBrItems paragraphs that start with the same bullet into one list
// block of their words and links.
func joinBulletRuns(blocks []Block, start int) []Block {
	out := blocks[:start]
	for i := start; i < len(blocks); {
		n := bulletRun(blocks[i:])
		if n < minBrItems {
			out = append(out, blocks[i])
			i++
			continue
		}
		list := Block{Kind: BlockList}
		for _, b := range blocks[i : i+n] {
			_, item, _ := cutBullet(b.Text)
			list.Items = append(list.Items, item)
			list.Links = append(list.Links, b.Links...)
		}
		out = append(out, list)
		i += n
	}
	return out
}

// bulletRun returns how many paragraphs at the start of blocks start with
// the bullet the first one starts with.
func bulletRun(blocks []Block) int {
	first := ""
	for n, b := range blocks {
		if b.Kind != BlockParagraph {
			return n
		}
		bullet, _, ok := cutBullet(b.Text)
		if !ok || n > 0 && bullet != first {
			return n
		}
		first = bullet
	}
	return len(blocks)
}
