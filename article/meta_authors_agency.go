package article

import "strings"

// This file reads the agency printed alone under the headline of a wire
// story ("JIJI", "EFE", "APA/AP"), the byline of a page that names no one
// else anywhere.

// maxAgencyLinePos is how far below the headline, in short texts, the
// agency line may stand.
const maxAgencyLinePos = 3

// headerAgency returns the agencies of the first text below the headline
// that names agencies only, alone in its element, else nil. Photo credits
// are not read: figures are skipped in the header texts.
func (ap authorPicker) headerAgency(texts []headerText) []Author {
	for _, t := range texts {
		if t.pos <= 0 {
			continue
		}
		if t.pos > maxAgencyLinePos {
			break
		}
		if t.node == nil || t.node.FirstChild != t.node.LastChild {
			continue
		}
		if as := agencyLine(t.text); as != nil {
			return ap.keep(as, true)
		}
	}
	return nil
}

// agencyLine returns the agencies s names when it names only agencies,
// one or more cut at slashes ("APA/AP"), else nil.
func agencyLine(s string) []Author {
	var out []Author
	for part := range strings.SplitSeq(s, "/") {
		if !isAgency(part) {
			return nil
		}
		out = append(out, Author{Name: strings.TrimSpace(part)})
	}
	return out
}
