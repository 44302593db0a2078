package article

import (
	"strings"
	"unicode/utf8"
)

// BlankSeparated is set during plain-text reading when the text separates
// its paragraphs with blank lines, so that a line break alone is only a
// wrap inside a paragraph.
var BlankSeparated = NewContextKey[bool]("text.blank-separated")

// titleAt is the key for the index, in the body blocks, where the summary
// was found, so that the standfirst before it can be told apart.
var summaryAt = NewContextKey[int]("summary.at")

// readText runs the structure phase on plain text: the title line, then
// each line offered to the LineExtractors, then read as a list, a
// sub-heading or a paragraph.
func readText(c *Context, text string) {
	lines := splitLines(text)
	BlankSeparated.Set(c, blankSeparated(lines))
	i := nextNonEmpty(lines, 0)
	if i < 0 {
		return
	}
	if titleLike(lines[i]) && !c.cfg.summaryLabel(lines[i]) {
		c.article.Title = lines[i]
		i = readTextHeader(c, lines, i+1)
	}
	for i < len(lines) {
		if err := c.Err(); err != nil {
			return
		}
		i += readTextUnit(c, lines, i)
	}
}

// readTextUnit reads what starts at lines[i] and returns how many lines it
// took (at least one).
func readTextUnit(c *Context, lines []string, i int) int {
	if lines[i] == "" || readAlsoLine(lines[i]) {
		return 1
	}
	n := paragraphLines(c, lines[i:])
	para := strings.Join(lines[i:i+n], " ")
	if pastedChrome(para) {
		return n
	}
	for _, e := range c.cfg.lineExtractors {
		if k := e.Value.Extract(c, lines[i:]); k > 0 {
			return k
		}
	}
	if _, ok := listItem(lines[i]); ok {
		return readList(c, lines[i:])
	}
	if isHeading(lines, i) {
		c.AddBlock(Block{Kind: BlockHeading, Text: lines[i], Level: 2})
		return 1
	}
	c.AddBlock(Block{Kind: BlockParagraph, Text: para}) // the paragraph, see paragraphLines
	return n
}

// pastedChrome reports whether a paragraph of plain text (its lines
// joined, see paragraphLines: the first line of a wrapped paragraph
// alone, "Sign up for the vaccine, the minister…", read as a promotion)
// is page furniture copied with the article, as the HTML reader drops
// it: a share or
// advertisement label ("Share", "Advertisement", "Reuse this content"), a
// button ("Sign up"), or a picture's caption that ends with its credit
// ("The pier last winter. Photograph: Jane Doe/Reuters").
func pastedChrome(line string) bool {
	l := &foldedLine{text: line}
	return promoLine(Block{Kind: BlockParagraph, Text: line}, l) || buttonLine(line) || markedCaption(line)
}

// readList reads consecutive list items into one list block.
func readList(c *Context, lines []string) int {
	items, n := listItems(lines)
	c.AddBlock(Block{Kind: BlockList, Items: items})
	return n
}

// listItems collects the list items that start lines, skipping single
// blank lines between them, and returns them with the count of lines
// read. A line that is not an item ends the list, unless the text wraps
// paragraphs, where it continues the item before it.
func listItems(lines []string) ([]string, int) {
	var items []string
	n := 0
	for n < len(lines) {
		if lines[n] == "" {
			if n+1 < len(lines) && isItem(lines[n+1]) {
				n++
				continue
			}
			break
		}
		item, ok := listItem(lines[n])
		if !ok {
			break
		}
		items = append(items, item)
		n++
	}
	return items, n
}

func isItem(line string) bool { _, ok := listItem(line); return ok }

// paragraphLines returns how many lines the paragraph that starts lines
// takes: one, or, in text whose paragraphs are separated by blank lines,
// every line up to the next blank line or list item.
func paragraphLines(c *Context, lines []string) int {
	n := 1
	if blank, _ := BlankSeparated.Get(c); blank {
		for n < len(lines) && lines[n] != "" && !isItem(lines[n]) {
			n++
		}
	}
	return n
}

// splitLines splits text into lines with surrounding spaces trimmed and
// runs of spaces collapsed; blank lines stay as "".
func splitLines(text string) []string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = CleanText(l)
	}
	return lines
}

// blankSeparated reports whether the text separates its paragraphs with
// blank lines and wraps long paragraphs over several lines: most of its
// non-blank lines then have a non-blank neighbour that continues a
// sentence.
func blankSeparated(lines []string) bool {
	wrapped, blanks, texts := 0, 0, 0
	for i, l := range lines {
		switch {
		case l == "":
			blanks++
		default:
			texts++
			if i+1 < len(lines) && continuesSentence(l, lines[i+1]) {
				wrapped++
			}
		}
	}
	return blanks > 0 && wrapped*4 >= texts
}

// continuesSentence reports whether next, the line after line, carries on
// its sentence: line does not end one and next starts in lower case.
func continuesSentence(line, next string) bool {
	if next == "" || isItem(next) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	first, _ := utf8.DecodeRuneInString(next)
	return !strings.ContainsRune(".!?:»”\"", last) && (first >= 'a' && first <= 'z' || first > 0xbf && strings.ToLower(string(first)) == string(first))
}

// titleLike reports whether the first line of a text can be its title:
// short enough, and not ending like a sentence of the body.
func titleLike(line string) bool {
	if len(line) > 300 || len(strings.Fields(line)) > 30 || isItem(line) {
		return false
	}
	if _, ok := ParseTweetSignature(line); ok {
		return false
	}
	return !strings.HasSuffix(line, ".") || len(strings.Fields(line)) <= 12 && !strings.Contains(strings.TrimSuffix(line, "."), ". ")
}
