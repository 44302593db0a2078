package article

import "strings"

// qLeadWords are words that often open a sentence with a capital but
// start no name: adverbs and quantifiers ("Well, let’s say…", "Another
// claim is…", "Both reports said…").
var qLeadWords = qset(`well another almost next both each every such also just now then still even
perhaps maybe instead finally overall indeed similarly likewise additionally furthermore moreover
currently often sometimes usually only other others let
ensuite aussi certes bref autre autres chaque tous toutes seul seule déjà encore toujours surtout
désormais parfois souvent`)

// contractedStop reports whether token i is an English contraction of a
// word that starts no name ("It’s", "Here’s", "That’ll", "Let’s"): the
// apostrophe keeps the word whole, so the stop list does not see it.
func (d *qdoc) contractedStop(i int) bool {
	w := d.low(i)
	k := strings.LastIndexByte(w, '\'')
	if k <= 0 {
		return false
	}
	switch w[k+1:] {
	case "s", "ll", "re", "ve", "d", "m":
		return qStopStarts[w[:k]]
	}
	return false
}

// pronounI reports whether token i is the English "I", alone or
// contracted: "I", "I'm", "I’ve".
func (d *qdoc) pronounI(i int) bool {
	w := d.low(i)
	return w == "i" || strings.HasPrefix(w, "i'")
}

// titleJoin reports whether w joins two titles of one person ("Founder
// and Lead Designer", "fondatrice et directrice").
func titleJoin(w string) bool {
	return w == "and" || w == "et"
}

// titledEntity reports whether en, found for mention m, only differs
// from the quote reader's name for m by titles written before it: the
// tagger's "Lead Planner Ina Sorel" for the reader's "Ina Sorel".
func titledEntity(d *qdoc, m int, en Entity) bool {
	name := d.mentionName(m)
	prefix, ok := strings.CutSuffix(en.Name, " "+name)
	if !ok || prefix == "" {
		return false
	}
	for _, w := range strings.Fields(prefix) {
		if d.lex.classes[strings.ToLower(w)]&clsTitle == 0 {
			return false
		}
	}
	return true
}
