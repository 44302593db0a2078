package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file reads the signature that ends an article in many European
// papers and magazines, where no byline stands under the headline: a
// paragraph of its own after the text, holding nothing but the writer's
// name, set in bold or italics or aligned right ("<p><b><i>Jane
// Doe</i></b></p>"). Only one such paragraph may stand on the page (a
// page of reviews or of an interview shows many), it must follow a
// paragraph of prose in the same container and end it (or be aligned
// right), and the name must read as a person's: two or three capitalised
// words, a known first name first.

// Bounds of a signature.
const (
	maxSignatureText  = 60  // longest text of a signature paragraph
	minSignatureProse = 200 // shortest paragraph of prose before it
	signatureLookBack = 3   // elements before it where the prose is looked for
	minSignatureWords = 2
	maxSignatureWords = 3
)

// emphasisAtoms are the elements a signature's name is set in.
var emphasisAtoms = map[atom.Atom]bool{atom.B: true, atom.Strong: true, atom.I: true, atom.Em: true}

// signatureByline returns the person who signs the article, when one
// paragraph of the page reads as a signature.
func (ap authorPicker) signatureByline(doc *html.Node) []Author {
	if doc == nil {
		return nil
	}
	var found []Author
	for n := range descendants(doc) {
		if n.Type != html.ElementNode || n.DataAtom != atom.P {
			continue
		}
		as := ap.signatureNames(n)
		if len(as) == 0 {
			continue
		}
		if found != nil && nameKey(found[0].Name) != nameKey(as[0].Name) {
			return nil // several signed texts: reviews, answers
		}
		found = as
	}
	if found == nil || !namesLookProper(found, doc) {
		return nil
	}
	return found
}

// signatureNames returns the person the paragraph p names, when p reads
// as a signature.
func (ap authorPicker) signatureNames(p *html.Node) []Author {
	right := alignedRight(p)
	if !right && !emphasisOnly(p) || !right && followedByText(p) || !proseBefore(p) {
		return nil
	}
	t := strings.Trim(boundedText(p, maxSignatureText), " |")
	as := ap.strict.names(t)
	if len(as) != 1 || !personShaped(as[0].Name) {
		return nil
	}
	return as
}

// personShaped reports whether name is two or three capitalised words,
// a known first name first.
func personShaped(name string) bool {
	words := strings.Fields(name)
	if len(words) < minSignatureWords || len(words) > maxSignatureWords || !capitalised(words) {
		return false
	}
	return knownFirstName(words[0])
}

// alignedRight reports whether p is aligned right by its attributes.
func alignedRight(p *html.Node) bool {
	style := strings.ReplaceAll(strings.ToLower(Attr(p, "style")), " ", "")
	return strings.EqualFold(Attr(p, "align"), "right") || strings.Contains(style, "text-align:right")
}

// emphasisOnly reports whether all the text of p stands in one emphasis
// element: "<p> <b><i>Jane Doe</i></b> </p>".
func emphasisOnly(p *html.Node) bool {
	inner := soleElement(p)
	return inner != nil && emphasisAtoms[inner.DataAtom]
}

// followedByText reports whether an element with text follows p in its
// container.
func followedByText(p *html.Node) bool {
	for s := p.NextSibling; s != nil; s = s.NextSibling {
		if !blankText(s) || s.Type == html.ElementNode && hasText(s) {
			return true
		}
	}
	return false
}

// proseBefore reports whether one of the few elements before p is a
// paragraph of prose.
func proseBefore(p *html.Node) bool {
	seen := 0
	for s := p.PrevSibling; s != nil && seen < signatureLookBack; s = s.PrevSibling {
		if s.Type != html.ElementNode {
			continue
		}
		seen++
		if s.DataAtom == atom.P && !textAtMost(s, minSignatureProse) {
			return true
		}
	}
	return false
}

// hasText reports whether n holds text but spaces, outside scripts and
// styles.
func hasText(n *html.Node) bool {
	for d := range descendants(n) {
		if !blankText(d) && d.Parent.DataAtom != atom.Script && d.Parent.DataAtom != atom.Style {
			return true
		}
	}
	return false
}
