package article

// French is the French language extension: the labels of French key-points
// blocks and bylines. It is one of the defaults.
var French = NewFrench()

// NewFrench returns the French language extension; extra summary labels
// may be given, e.g. a newsroom's own "Les points clés du jour".
func NewFrench(extraSummaryLabels ...string) Extender {
	return languageExtender(&Language{
		Tag: "fr",
		SummaryLabels: append([]string{
			"Tl;dr", "L'essentiel", "En bref", "Ce qu'il faut retenir",
			"À retenir", "A retenir", "Les points clés", "Points clés",
			"En résumé", "Résumé", "L'essentiel en bref", "Ce qu'il faut savoir",
			"Les infos clés", "En un coup d'œil", "Pour résumer",
		}, extraSummaryLabels...),
		BylinePrefixes:        []string{"Par", "De", "Propos recueillis par", "Recueilli par", "Recueillie par", "Recueillis par", "Recueillies par", "Entretien réalisé par", "Interview réalisée par", "Texte", "Avec", "Écrit par", "Auteur", "Auteure", "Auteurs"},
		SpeechVerbs:           frenchSpeechVerbs(),
		ReflexiveSpeechVerbs:  frenchReflexiveSpeechVerbs(),
		WeakSpeechVerbs:       frenchWeakSpeechVerbs(),
		InfinitiveSpeechVerbs: frenchSpeechInfinitives(),
		SourceCues:            frenchSourceCues,
		NamingWords:           frenchNamingWords,
		PersonTitles:          frenchPersonTitles,
		BylineJoiners:         []string{"et", "avec"},
		BylineRoles: []string{"journaliste", "photos", "photo", "vidéo", "illustrations", "infographie",
			"correspondant", "correspondante", "envoyé spécial", "envoyée spéciale", "rédacteur", "rédactrice",
			"chroniqueur", "chroniqueuse", "éditorialiste", "reporter", "stagiaire"},
		NotAuthors:      []string{"Rédaction", "La rédaction", "La Rédaction web", "Rédaction web", "Anonyme"},
		PublishedLabels: []string{"Publié le", "Publié", "Mis en ligne le", "Paru le", "Créé le"},
		ModifiedLabels:  []string{"Mis à jour le", "Mis à jour", "Modifié le", "Actualisé le", "Dernière mise à jour"},
	})
}

// languageExtender adds l to a Config.
func languageExtender(l *Language) Extender {
	return ExtenderFunc(func(c *Config) { c.AddLanguage(l) })
}
