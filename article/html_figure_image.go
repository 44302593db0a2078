package article

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// lazyImageAttrs are the attributes where lazy loaders keep an image's
// address until it scrolls into view, src holding a placeholder meanwhile.
var lazyImageAttrs = []string{"data-src", "data-lazy-src", "data-original", "data-litespeed-src", "data-rocket-src"}

// figureImage returns the address of a figure's image, resolved against
// base, or "": the first <img> outside the caption gives the largest
// candidate of its srcset, else its lazy loader's address, else its src;
// an image set in a <picture> with no address of its own takes the
// largest candidate of the picture's first <source>.
func figureImage(fig *html.Node, base string) string {
	for ch := fig.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type != html.ElementNode || ch.DataAtom == atom.Figcaption {
			continue
		}
		if ch.DataAtom == atom.Img {
			return imageURL(ch, base)
		}
		if img := findFirst(ch, atom.Img); img != nil {
			return imageURL(img, base)
		}
	}
	return ""
}

// imageURL returns the best address an <img> gives, resolved against base.
func imageURL(img *html.Node, base string) string {
	refs := []string{largestCandidate(firstSet(Attr(img, "data-srcset"), Attr(img, "srcset")))}
	for _, k := range lazyImageAttrs {
		refs = append(refs, Attr(img, k))
	}
	refs = append(refs, Attr(img, "src"))
	if p := img.Parent; p != nil && p.DataAtom == atom.Picture {
		if s := findFirst(p, atom.Source); s != nil {
			refs = append(refs, largestCandidate(firstSet(Attr(s, "data-srcset"), Attr(s, "srcset"))))
		}
	}
	for _, r := range refs {
		if u := resolveURL(base, r); u != "" {
			return u
		}
	}
	return ""
}

// largestCandidate returns the address of a srcset's widest candidate
// ("a.jpg 480w, b.jpg 1200w" gives b.jpg; densities, "2x", count as
// widths do), its first when none says a size. It reads the list as
// browsers do: an address runs to the next white space, so one that holds
// commas (an image service's "w_800,h_600") stays whole.
func largestCandidate(srcset string) string {
	best, bestSize := "", -1.0
	for s := srcset; ; {
		s = strings.TrimLeft(s, " \t\n\r\f,")
		if s == "" {
			return best
		}
		end := strings.IndexAny(s, " \t\n\r\f")
		if end < 0 {
			end = len(s)
		}
		ref, desc := s[:end], ""
		s = s[end:]
		if trimmed := strings.TrimRight(ref, ","); trimmed != ref {
			ref = trimmed // no descriptor follows a comma after the address
		} else {
			desc, s, _ = strings.Cut(s, ",")
		}
		if size := candidateSize(desc); size > bestSize {
			best, bestSize = ref, size
		}
	}
}

// candidateSize reads a srcset descriptor, "1200w" or "2x", as a number;
// 0 when there is none or it cannot be read.
func candidateSize(desc string) float64 {
	d := strings.TrimSpace(desc)
	if len(d) < 2 || d[len(d)-1] != 'w' && d[len(d)-1] != 'x' {
		return 0
	}
	v, err := strconv.ParseFloat(d[:len(d)-1], 64)
	if err != nil || v < 0 {
		return 0
	}
	return v
}
