package entities

// A company's name before its boss's title ("LVMH CEO Bernard Arnault",
// "the Velmora CEO announced") can take the title along: the tagger reads
// "LVMH CEO" as one organisation, and the entity, named by its fullest
// mention, is then "LVMH CEO" instead of the company.

// trailingRoles are the abbreviated titles that end no name.
var trailingRoles = map[string]bool{"CEO": true, "CFO": true, "CTO": true, "COO": true, "PDG": true, "DG": true}

// cutTrailingRole drops the abbreviated title that ends m ("LVMH CEO"),
// when words are left before it.
func cutTrailingRole(m mention) mention {
	if n := len(m.toks); n > 1 && trailingRoles[m.toks[n-1].Text] {
		m.toks = m.toks[:n-1]
	}
	return m
}
