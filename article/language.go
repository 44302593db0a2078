package article

// Language is what the extractors know of one language: the words that
// label a key-points block, introduce a byline, and so on. Languages are
// added to a Config by language extensions (French, English), and the
// extractors use the ones whose Tag matches the article's language, or all
// of them when it is unknown.
type Language struct {
	// Tag is the BCP 47 language tag, e.g. "fr".
	Tag string
	// SummaryLabels are the headings of a key-points block, e.g. "Tl;dr",
	// "L'essentiel", "Key points". They match case-insensitively, with
	// either apostrophe, and with or without a final colon.
	SummaryLabels []string
	// BylinePrefixes introduce the authors of a byline, e.g. "Par", "By".
	BylinePrefixes []string
	// SpeechVerbs are the forms, in lower case, of the verbs that attribute
	// reported speech: "déclare", "déclaré", "said", "told". A form may
	// span several words ("fait savoir", "met en garde"). Inverted forms
	// ("a-t-il ajouté", "estime-t-elle") are recognised from these.
	SpeechVerbs []string
	// ReflexiveSpeechVerbs are the forms of the speech verbs that take a
	// reflexive pronoun ("s'est félicitée", "se souvient"); a speech verb
	// not listed here stops being one after "se" ("s'affirmer").
	ReflexiveSpeechVerbs []string
	// WeakSpeechVerbs are the speech verbs that have other common senses
	// ("lancer", "announce"): they attribute a quote only next to it or
	// before "que", "that" or a colon.
	WeakSpeechVerbs []string
	// InfinitiveSpeechVerbs are the infinitives among SpeechVerbs
	// ("ajouter", "dire"). An infinitive attributes a quote away from it
	// only with a speaker for subject and "que" or a colon after it ("le
	// maire a tenu à rappeler que"), not in "il faut ajouter" or "pour
	// assurer". English needs no list: an infinitive follows "to".
	InfinitiveSpeechVerbs []string
	// SourceCues introduce the source of reported words: "selon",
	// "d'après", "selon les dires de", "according to".
	SourceCues []string
	// NamingWords introduce a name rather than reported words: "baptisé",
	// "surnommé", "dubbed", "nicknamed".
	NamingWords []string
	// PersonTitles are honorifics, titles and roles written beside a
	// person's name: "M.", "Mme", "ministre", "Mr.", "Senator", "CEO".
	PersonTitles []string
	// BylineJoiners join the names of a byline, e.g. "et", "and"; "avec"
	// and "with" also introduce a co-author or an agency.
	BylineJoiners []string
	// BylineRoles are the words of a byline that say what someone did or
	// is rather than who, e.g. "journaliste", "photos"; they are dropped.
	BylineRoles []string
	// NotAuthors are bylines that name no one, e.g. "La rédaction",
	// "Staff"; they match case-insensitively.
	NotAuthors []string
	// PublishedLabels introduce a publication date, e.g. "Publié le".
	PublishedLabels []string
	// ModifiedLabels introduce the date of an update, e.g. "Mis à jour le".
	ModifiedLabels []string
}

// IsSummaryLabel reports whether s, a line or heading, is one of l's
// summary labels.
func (l *Language) IsSummaryLabel(s string) bool {
	k := labelKey(s)
	for _, lab := range l.SummaryLabels {
		if labelKey(lab) == k {
			return true
		}
	}
	return false
}

// labelKey folds s for comparing labels: NFC, lower case, one kind of
// apostrophe, no surrounding spaces or final colon, inner spaces collapsed.
func labelKey(s string) string {
	var buf [maxLabelKey]byte
	return string(appendLabelKey(buf[:0], s))
}

// summaryLabel reports whether s is a summary label in one of the
// languages of c.
func (c *Config) summaryLabel(s string) bool {
	if len(s) > maxLabelKey {
		return false
	}
	var buf [maxLabelKey]byte
	k := appendLabelKey(buf[:0], s) // looked up without a copy
	if moreSummaryKeys[string(k)] {
		return true
	}
	if c.summaryKeys != nil {
		return c.summaryKeys[string(k)]
	}
	for _, l := range c.languages {
		if l.IsSummaryLabel(s) {
			return true
		}
	}
	return false
}
