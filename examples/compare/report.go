package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
)

// Outcome is one tool's run on a set with its scores.
type Outcome struct {
	Run    Run
	Scores Scores
	Pages  int
}

func (o Outcome) msPerPage() float64 {
	return float64(o.Run.Elapsed) / float64(time.Millisecond) / float64(o.Pages)
}

func (o Outcome) allocPerPage() uint64 { return o.Run.Alloc / uint64(o.Pages) }

// column is one score column of the table and the machine line.
type column struct {
	key   string
	value func(Outcome) float64
}

// columns are the score columns a set's truth allows.
func columns(f Fields) []column {
	var cs []column
	if f.Body {
		cs = append(cs,
			column{"f1", func(o Outcome) float64 { return o.Scores.Body.F1 }},
			column{"precision", func(o Outcome) float64 { return o.Scores.Body.Precision }},
			column{"recall", func(o Outcome) float64 { return o.Scores.Body.Recall }},
			column{"accuracy", func(o Outcome) float64 { return o.Scores.Accuracy.Value() }})
	}
	cs = appendIf(cs, f.Snippets, column{"snippets_f1", func(o Outcome) float64 { return o.Scores.Snippets.F1() }})
	cs = appendIf(cs, f.Snippets, column{"snippets_p", func(o Outcome) float64 { return o.Scores.Snippets.Precision() }})
	cs = appendIf(cs, f.Snippets, column{"snippets_r", func(o Outcome) float64 { return o.Scores.Snippets.Recall() }})
	cs = appendIf(cs, f.Tags, column{"tags_f1", func(o Outcome) float64 { return o.Scores.Tags.F1() }})
	cs = appendIf(cs, f.Tags, column{"tags_p", func(o Outcome) float64 { return o.Scores.Tags.Precision() }})
	cs = appendIf(cs, f.Tags, column{"tags_r", func(o Outcome) float64 { return o.Scores.Tags.Recall() }})
	cs = appendIf(cs, f.Title, column{"title", func(o Outcome) float64 { return o.Scores.Title.Value() }})
	cs = appendIf(cs, f.Author, column{"author", func(o Outcome) float64 { return o.Scores.Author.Value() }})
	cs = appendIf(cs, f.Date, column{"date", func(o Outcome) float64 { return o.Scores.Date.Value() }})
	cs = appendIf(cs, f.Standfirst, column{"standfirst", func(o Outcome) float64 { return o.Scores.Standfirst.Value() }})
	cs = appendIf(cs, f.Headings, column{"headings", func(o Outcome) float64 { return o.Scores.Headings.Value() }})
	cs = appendIf(cs, f.PageTypes, column{"f1_article", func(o Outcome) float64 { return o.Scores.ByType["article"].F1 }})
	return appendIf(cs, f.PageTypes, column{"page_type", func(o Outcome) float64 { return o.Scores.PageType.Value() }})
}

func appendIf(cs []column, ok bool, c column) []column {
	if ok {
		return append(cs, c)
	}
	return cs
}

// report prints a set's table, its page-type table, the failures and one
// machine-readable line per tool.
func report(w io.Writer, s Set, pages []Page, outs []Outcome, verbose bool) {
	fmt.Fprintf(w, "\n== %s: %d pages%s\n", s.Name, len(pages), truthCounts(outs))
	cols := columns(s.Fields)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "tool\t")
	for _, c := range cols {
		fmt.Fprintf(tw, "%s\t", c.key)
	}
	fmt.Fprint(tw, "ms/page\tKB/page\tfailed\t\n")
	for _, o := range outs {
		fmt.Fprintf(tw, "%s\t", o.Run.Tool)
		for _, c := range cols {
			fmt.Fprintf(tw, "%.3f\t", c.value(o))
		}
		fmt.Fprintf(tw, "%.2f\t%d\t%d\t\n", o.msPerPage(), o.allocPerPage()/1024, len(o.Run.Failures))
	}
	tw.Flush()
	if s.Fields.PageTypes {
		reportTypes(w, pages, outs)
	}
	reportFailures(w, outs, verbose)
	fmt.Fprintln(w)
	for _, o := range outs {
		fmt.Fprintln(w, machineLine(s.Name, cols, o))
	}
}

// truthCounts says on how many pages each metadata field was scored.
func truthCounts(outs []Outcome) string {
	if len(outs) == 0 {
		return ""
	}
	sc := outs[0].Scores
	var parts []string
	for _, f := range []struct {
		name string
		r    Ratio
	}{{"title", sc.Title}, {"author", sc.Author}, {"date", sc.Date}, {"standfirst", sc.Standfirst}, {"headings", sc.Headings}} {
		if f.r.Pages > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", f.name, f.r.Pages))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " (pages with truth: " + strings.Join(parts, ", ") + ")"
}

// machineLine is the key=value line for one tool: the body scores, the
// cost, then the metadata scores.
func machineLine(set string, cols []column, o Outcome) string {
	var b strings.Builder
	fmt.Fprintf(&b, "set=%s tool=%s", set, o.Run.Tool)
	writeColumns(&b, cols, o, true)
	fmt.Fprintf(&b, " ms_per_page=%.2f alloc_bytes_per_page=%d", o.msPerPage(), o.allocPerPage())
	writeColumns(&b, cols, o, false)
	return b.String()
}

// writeColumns writes the body columns, or the others, as key=value.
func writeColumns(b *strings.Builder, cols []column, o Outcome, body bool) {
	for _, c := range cols {
		if isBody(c.key) == body {
			fmt.Fprintf(b, " %s=%.3f", c.key, c.value(o))
		}
	}
}

func isBody(key string) bool {
	return slices.Contains([]string{"f1", "precision", "recall", "accuracy"}, key)
}
