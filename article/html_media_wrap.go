package article

import "strings"

// Some templates wrap the whole story, its picture and its paragraphs,
// in a media object whose class names the picture's viewer
// ("media js-lightbox-gallery"): the class says gallery, the element is
// the article. A gallery holds captions, short lines under pictures;
// an element so named that holds most of the page's prose in several
// paragraphs is no gallery, and it is weighed as an element that may be
// boilerplate (see rescore), not one that surely is.

// mediaWords are the words of strongBoilerWords that name a picture
// viewer.
var mediaWords = []string{"gallery", "slideshow", "carousel"}

// minMediaParas is the fewest prose runs of a picture viewer taken for
// the article it wraps.
const minMediaParas = 3

// mediaWrapper reports whether in, surely boilerplate, is so only for a
// word of mediaWords in its class, and holds minMediaParas prose runs or
// more.
func mediaWrapper(in *nodeInfo) bool {
	if in.weight != -2 || in.paras < minMediaParas || furniture(in.node) {
		return false
	}
	class := strings.ToLower(Attr(in.node, "class") + " " + Attr(in.node, "id"))
	found := false
	for _, w := range mediaWords {
		if strings.Contains(class, w) {
			class, found = strings.ReplaceAll(class, w, ""), true
		}
	}
	return found && valueWeight(class) > -2
}
