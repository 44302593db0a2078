package article

import "golang.org/x/net/html"

// The short part words of the class vocabulary (boilerParts: "ad", "adv",
// "pub", "side", "rail", "hide"...) are also the prefixes of design
// systems and block libraries: "pub__text", "kt-adv-heading". When the
// elements that such a word alone marks as boilerplate hold most of the
// prose of the page's main landmark, the marks are the collision, not the
// page: a main content that is mostly furniture is no main content. Their
// marks are cleared before the scores are summed. Elements whose kind
// says furniture (a footer, a side column) and elements a long word marks
// ("comments", "newsletter") keep theirs.

// partMarkShare is the share of a landmark's prose from which the
// elements marked by part words alone lose their marks.
const partMarkShare = 0.5

// strongOnlyIndex holds the long boilerplate words, without the short
// part words, see partMarkOnly.
var strongOnlyIndex = func() *wordIndex {
	x := &wordIndex{}
	x.addSet(vocabStrong, false, strongBoilerWords)
	return x
}()

// clearPartMarks clears the boilerplate marks of the elements marked by
// part words alone inside each landmark (<main>, <article>,
// itemprop=articleBody) that is not boilerplate itself, when they hold
// more than partMarkShare of its prose.
func (s *pageStats) clearPartMarks() {
	for i := range s.infos {
		in := &s.infos[i]
		if in.good == 0 || in.flags&(infoMaybeBoiler|infoSurelyBoiler) != 0 || !layoutLandmark(in) {
			continue
		}
		marked := s.partMarked(i)
		sum := int32(0)
		for _, j := range marked {
			sum += s.infos[j].good
		}
		if float32(sum) <= partMarkShare*float32(in.good) {
			continue
		}
		for _, j := range marked {
			s.infos[j].flags &^= infoSurelyBoiler
		}
	}
}

// partMarked returns the indexes of the outermost sure boilerplate
// elements inside the subtree of infos[i] that part words alone mark;
// what an element marked otherwise holds is left out with it.
func (s *pageStats) partMarked(i int) []int {
	var marked []int
	for j := i + 1; j < int(s.infos[i].end); j++ {
		ch := &s.infos[j]
		if ch.flags&infoSurelyBoiler == 0 {
			continue
		}
		if partMarkOnly(ch) {
			marked = append(marked, j)
		}
		j = int(ch.end) - 1 // what it holds goes with it
	}
	return marked
}

// partMarkOnly reports whether in is surely boilerplate only because a
// short part word of its class or id says so.
func partMarkOnly(in *nodeInfo) bool {
	n := in.node
	if in.weight != -2 || n.Type != html.ElementNode || in.flags&infoConsent != 0 {
		return false
	}
	if _, kind := boilerAtom(n.DataAtom); kind || authorBox(n) {
		return false
	}
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		if strongOnlyIndex.foldTags(a.Val[:min(len(a.Val), maxFoldedValue)])&vocabStrong != 0 {
			return false
		}
	}
	return true
}
