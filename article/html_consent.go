package article

import "golang.org/x/net/html"

// A cookie or consent dialog (the "privacy preference center" of a
// consent platform) can hold more prose than a short post or a thread of
// forum replies, all of it boilerplate. Nothing inside one may be taken
// for the article container.

// consentWords name the containers of consent dialogs in a class or id:
// the generic words and the consent platforms that do not use them.
var consentWords = byteWords("cookie", "consent", "gdpr", "onetrust", "optanon", "didomi")

// consentIndex holds consentWords, so that a class or id is searched as it
// stands, ASCII case ignored, without a lower-cased copy.
var consentIndex = func() *wordIndex {
	x := &wordIndex{}
	x.addSet(1, false, consentWords)
	return x
}()

// consentDialog reports whether n's class or id names a consent dialog.
func consentDialog(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		if consentIndex.foldTags(a.Val[:min(len(a.Val), maxFoldedValue)]) != 0 {
			return true
		}
	}
	return false
}

// silenceConsent marks everything inside a consent dialog as boilerplate
// with no positive score, so that no element there becomes the container.
// An element that holds the headline or the page's main element is a
// wrapper whose class tells the state of consent, not a dialog.
func (s *pageStats) silenceConsent() {
	for i := 0; i < len(s.infos); i++ {
		if f := s.infos[i].flags; f&infoConsent == 0 || f&infoLandmark != 0 {
			continue
		}
		end := int(s.infos[i].end)
		for j := i; j < end; j++ {
			in := &s.infos[j]
			in.flags |= infoBoiler
			in.score = min(in.score, 0)
		}
		i = end - 1
	}
}
