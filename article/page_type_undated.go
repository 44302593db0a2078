package article

import "golang.org/x/net/html/atom"

// A page that is neither dated nor signed by its metadata may be an
// article all the same, but its content tells more. A manual page or a
// tutorial sets out its commands in many preformatted blocks; a
// technical blog post holding as much code is dated or signed. A landing
// page that presents an offer is a mosaic of short fragments (taglines,
// feature names, figures, button labels) rather than paragraphs, and the
// builders of such pages set many of them in bare divisions, where a
// wiki's lines of dialogue or a poem's stanzas are paragraphs. And a
// business files such pages under a path of offers (page_type_service.go).

// Bounds of the content shape of an undated page.
const (
	// minCodeBlocks is the number of preformatted blocks with text that
	// make documentation.
	minCodeBlocks = 3
	// minFragments is the number of text blocks from which a content
	// made mostly of short ones is a landing page.
	minFragments = 80
	// shortFragment is the text, in non-space bytes, under which a block
	// is a fragment rather than a paragraph.
	shortFragment = 60
	// minDivFragments is the number of fragments set in divisions that
	// a landing page holds.
	minDivFragments = 20
)

// contentShape counts the blocks of a content container.
type contentShape struct {
	code   int // preformatted blocks with text
	blocks int // paragraphs, and divisions holding only text
	short  int // of which under shortFragment bytes
	// divShort counts the short blocks that are divisions.
	divShort int
}

// unsigned reports whether the metadata read so far gives neither a
// date nor an author.
func unsigned(a *Article) bool { return a.Published == nil && len(a.Authors) == 0 }

// undatedPageType returns the type that the content of a page that is
// neither dated nor signed says, given its container root, beyond what
// structuralPageType reads, or "": documentation when it holds code
// blocks, a service when it is made of fragments or filed under the
// site's offers.
func (s *pageStats) undatedPageType(root int, pageURL string) string {
	sh := s.shape(root)
	switch {
	case sh.code >= minCodeBlocks:
		return PageTypeDocumentation
	case sh.landing():
		return PageTypeService
	case servicePath(pageURL):
		return PageTypeService
	}
	return ""
}

// shape counts the blocks of the visible text inside the element of
// index root, in one pass over its subtree.
func (s *pageStats) shape(root int) contentShape {
	var sh contentShape
	end := min(int(s.infos[root].end), len(s.infos))
	for i := root; i < end; i++ {
		in := &s.infos[i]
		if in.flags&infoHidden != 0 || in.text == 0 {
			i = int(in.end) - 1
			continue
		}
		switch in.node.DataAtom {
		case atom.Pre:
			sh.code++
			i = int(in.end) - 1
		case atom.P:
			sh.count(in.text, false)
		case atom.Div:
			if int(in.end) == i+1 {
				sh.count(in.text, true)
			}
		}
	}
	return sh
}

// count counts a block of text bytes, a division when div is true.
func (sh *contentShape) count(text int32, div bool) {
	sh.blocks++
	if text < shortFragment {
		sh.short++
		if div {
			sh.divShort++
		}
	}
}

// landing reports whether the content is a landing page's: many blocks,
// most of them short, many of those divisions.
func (sh contentShape) landing() bool {
	return sh.blocks >= minFragments && 5*sh.short >= 3*sh.blocks && sh.divShort >= minDivFragments
}
