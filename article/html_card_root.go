package article

// On a listing or a shop's collection, the prose scoring may pick the
// list of cards itself as the container: its snippets are prose, and the
// list holds them all. Read as prose, each card loses its title (a link,
// so a link-list label to the prose test) and keeps only its snippet;
// read as cards, it keeps both. The container is read as cards when its
// alike card children hold at least half its text.

// cardRootShare is the least share of the container's text that its
// alike card children must hold for it to be read as a list of cards.
const cardRootShare = 0.5

// cardsRoot reports whether the container root, on a page of kind k,
// is itself a list of cards to read whole: the page is a listing or a
// collection and root's alike card children (see cardText) hold
// cardRootShare of its text.
func (s *pageStats) cardsRoot(root int, k pageKind) bool {
	if k.typ != PageTypeListing && k.typ != PageTypeCollection {
		return false
	}
	return float32(s.cardText(root)) >= cardRootShare*float32(s.infos[root].text)
}
