package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/depeche-go/depeche/article"
)

// writeMarkdown renders a as Markdown: title, standfirst, a line of
// metadata, the key points, then the sections with their blocks.
func writeMarkdown(w io.Writer, a *article.Article) {
	if a.Title != "" {
		fmt.Fprintf(w, "# %s\n\n", a.Title)
	}
	if a.Standfirst != "" {
		fmt.Fprintf(w, "**%s**\n\n", a.Standfirst)
	}
	if meta := metaLine(a); meta != "" {
		fmt.Fprintf(w, "_%s_\n\n", meta)
	}
	if s := a.Summary; s != nil {
		writeSummary(w, s)
	}
	for _, s := range a.Sections {
		if s.Heading != "" {
			fmt.Fprintf(w, "## %s\n\n", linkify(s.Heading, s.HeadingLinks))
		}
		for _, b := range s.Blocks {
			writeBlock(w, a, b)
		}
	}
}

// metaLine joins authors, date, site and URL into one line.
func metaLine(a *article.Article) string {
	var parts []string
	if names := authorNames(a.Authors); names != "" {
		parts = append(parts, names)
	}
	if a.Published != nil {
		parts = append(parts, a.Published.String())
	}
	for _, s := range []string{a.SiteName, a.URL} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}

func authorNames(authors []article.Author) string {
	names := make([]string, len(authors))
	for i, au := range authors {
		names[i] = au.Name
	}
	return strings.Join(names, ", ")
}

func writeSummary(w io.Writer, s *article.Summary) {
	if s.Label != "" {
		fmt.Fprintf(w, "**%s**\n\n", s.Label)
	}
	for _, p := range s.Points {
		fmt.Fprintf(w, "- %s\n", p)
	}
	fmt.Fprintln(w)
}

// writeBlock renders one block followed by a blank line.
func writeBlock(w io.Writer, a *article.Article, b article.Block) {
	switch b.Kind {
	case article.BlockHeading:
		fmt.Fprintf(w, "%s %s\n", strings.Repeat("#", min(max(b.Level, 3), 6)), linkify(b.Text, b.Links))
	case article.BlockList:
		writeList(w, b)
	case article.BlockCode:
		fmt.Fprintf(w, "```\n%s\n```\n", b.Text)
	case article.BlockFigure:
		if b.Image != "" {
			fmt.Fprintf(w, "![](%s)\n", b.Image)
		}
		fmt.Fprintf(w, "_%s_\n", b.Text)
	case article.BlockEmbed:
		writeEmbed(w, a, b)
	case article.BlockTable:
		writeTable(w, b)
	case article.BlockParagraph, article.BlockQuote:
		prefix := ""
		if b.Kind == article.BlockQuote {
			prefix = "> "
		}
		fmt.Fprintf(w, "%s%s\n", prefix, linkify(b.Text, b.Links))
	default:
		fmt.Fprintln(w, b.Text)
	}
	fmt.Fprintln(w)
}

// linkify writes each of links as a Markdown link on its words in text,
// the first time they appear after the previous link's.
func linkify(text string, links []article.Link) string {
	var out strings.Builder
	for _, l := range links {
		i := strings.Index(text, l.Text)
		if i < 0 {
			continue
		}
		dest := l.URL
		if strings.ContainsAny(dest, " ()<>") {
			dest = "<" + linkDest.Replace(dest) + ">"
		}
		fmt.Fprintf(&out, "%s[%s](%s)", text[:i], l.Text, dest)
		text = text[i+len(l.Text):]
	}
	out.WriteString(text)
	return out.String()
}

// writeTable renders a table's Rows as a pipe table, its first row as the
// header (a pipe table needs one), or its Text as a paragraph when it has
// no grid.
func writeTable(w io.Writer, b article.Block) {
	if len(b.Rows) == 0 {
		fmt.Fprintln(w, b.Text)
		return
	}
	for i, r := range b.Rows {
		cells := make([]string, len(r))
		for j, c := range r {
			cells[j] = tableCell.Replace(c)
		}
		fmt.Fprintf(w, "| %s |\n", strings.Join(cells, " | "))
		if i == 0 {
			fmt.Fprintf(w, "|%s\n", strings.Repeat(" --- |", len(r)))
		}
	}
}

// linkDest escapes what would end a link's destination written in angle
// brackets.
var linkDest = strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20")

// tableCell escapes what would end a pipe table's cell or row.
var tableCell = strings.NewReplacer("|", `\|`, "\n", " ")

// writeList renders a list's items, with their links, numbered from Start when it has
// numbers; a sub-item (Depths) is indented four spaces a level, enough
// to sit under a bullet or a number, and bulleted; only the outer items
// are numbered.
func writeList(w io.Writer, b article.Block) {
	n := b.Start
	items := b.Items
	if len(b.Links) > 0 { // a link's words hold no line break, so it stays in its item
		items = strings.Split(linkify(strings.Join(b.Items, "\n"), b.Links), "\n")
	}
	for i, it := range items {
		d := 0
		if i < len(b.Depths) {
			d = b.Depths[i]
		}
		switch {
		case d > 0:
			fmt.Fprintf(w, "%s- %s\n", strings.Repeat("    ", d), it)
		case b.Start > 0:
			fmt.Fprintf(w, "%d. %s\n", n, it)
			n++
		default:
			fmt.Fprintf(w, "- %s\n", it)
		}
	}
}

// writeEmbed renders a social post as a quotation signed like the
// original, and a post whose text the page does not carry as a link.
func writeEmbed(w io.Writer, a *article.Article, b article.Block) {
	if b.Embed == nil || *b.Embed >= len(a.Embeds) {
		return
	}
	e := a.Embeds[*b.Embed]
	if e.Text == "" {
		fmt.Fprintf(w, "[%s: %s]\n", e.Kind, embedSignature(e))
		return
	}
	for _, line := range strings.Split(e.Text, "\n") {
		fmt.Fprintf(w, "> %s\n", line)
	}
	fmt.Fprintf(w, "> — %s\n", embedSignature(e))
}

// embedSignature names a post's author, handle, date and address, those
// it has.
func embedSignature(e article.Embed) string {
	var parts []string
	switch {
	case e.Author != "" && e.Handle != "":
		parts = append(parts, e.Author+" (@"+e.Handle+")")
	case e.Author != "":
		parts = append(parts, e.Author)
	case e.Handle != "":
		parts = append(parts, "@"+e.Handle)
	}
	if e.Published != nil {
		parts = append(parts, e.Published.String())
	}
	if e.URL != "" {
		parts = append(parts, e.URL)
	}
	return strings.Join(parts, " ")
}

// writePlain renders a as plain text: title, standfirst, then the body.
func writePlain(w io.Writer, a *article.Article) {
	for _, s := range []string{a.Title, a.Standfirst} {
		if s != "" {
			fmt.Fprintf(w, "%s\n\n", s)
		}
	}
	fmt.Fprintln(w, a.Text)
}
