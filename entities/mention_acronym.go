package entities

// Pages on technology and health write common nouns as acronyms that
// the tagger reads as organisations: "The LCD is not included", "media,
// entertainment, SaaS", "your DVR library". Like the months and "CEO"
// of the gazetteer's non-names, they are never a name alone. They are
// kept out of the gazetteer, whose classes the model reads.

// nounAcronyms are acronyms that stand for common nouns: devices,
// computing terms, and the German for AI and GMO.
var nounAcronyms = map[string]bool{
	"LCD": true, "LED": true, "OLED": true, "DVR": true, "SaaS": true, "PaaS": true, "IaaS": true,
	"DNS": true, "URL": true, "URLs": true, "CPU": true, "GPU": true, "SSD": true,
	"VPN": true, "LM": true, "LMs": true, "KI": true, "GVO": true,
}

// nonName reports whether w is never a name alone: a gazetteer non-name
// or a noun acronym.
func (t *Tagger) nonName(w string) bool {
	return nounAcronyms[w] || t.gaz.wordOf(w)&gNotName != 0
}
