package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"
)

// reportTypes prints body F1 per page type, the types ordered by page
// count.
func reportTypes(w io.Writer, pages []Page, outs []Outcome) {
	counts := make(map[string]int)
	for _, p := range pages {
		counts[p.Truth.PageType]++
	}
	types := slices.SortedFunc(maps.Keys(counts), func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(a, b)
	})
	fmt.Fprintln(w, "\nbody F1 by page type (pages):")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "tool\t")
	for _, t := range types {
		fmt.Fprintf(tw, "%s (%d)\t", t, counts[t])
	}
	fmt.Fprintln(tw)
	for _, o := range outs {
		fmt.Fprintf(tw, "%s\t", o.Run.Tool)
		for _, t := range types {
			fmt.Fprintf(tw, "%.3f\t", o.Scores.ByType[t].F1)
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}

// maxListed is how many failed pages are named per tool without -v.
const maxListed = 10

// reportFailures names, per tool, the pages that failed.
func reportFailures(w io.Writer, outs []Outcome, verbose bool) {
	for _, o := range outs {
		fs := o.Run.Failures
		if len(fs) == 0 {
			continue
		}
		fmt.Fprintf(w, "%s failed on %d pages %v:", o.Run.Tool, len(fs), o.Run.failureCounts())
		for i, f := range fs {
			if i == maxListed && !verbose {
				fmt.Fprintf(w, " ... (-v lists all)")
				break
			}
			fmt.Fprintf(w, " %s(%s)", f.ID, f.Kind)
		}
		fmt.Fprintln(w)
		if verbose {
			for _, f := range fs {
				if f.Detail != "" {
					fmt.Fprintf(w, "  %s: %s\n", f.ID, f.Detail)
				}
			}
		}
	}
}

// reportMisses prints, for -v, each metadata field a tool got wrong:
// page, field, truth and the tool's value.
func reportMisses(w io.Writer, pages []Page, outs []Outcome) {
	for _, o := range outs {
		if len(o.Scores.Misses) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s metadata misses (page, field: truth | got):\n", o.Run.Tool)
		for _, m := range o.Scores.Misses {
			fmt.Fprintf(w, "%s %s: %q | %q\n", pages[m.Page].ID, m.Field, m.Truth, m.Got)
		}
	}
}

// reportPages prints, for -v, each page's body F1 per tool.
func reportPages(w io.Writer, pages []Page, outs []Outcome) {
	if len(outs) == 0 || outs[0].Scores.Matches == nil {
		return
	}
	fmt.Fprintln(w, "\nper-page body F1:")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "page\t")
	for _, o := range outs {
		fmt.Fprintf(tw, "%s\t", o.Run.Tool)
	}
	fmt.Fprintln(tw)
	for i, p := range pages {
		fmt.Fprintf(tw, "%s\t", p.ID)
		for _, o := range outs {
			fmt.Fprintf(tw, "%.3f\t", o.Scores.Matches[i].F1())
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}
