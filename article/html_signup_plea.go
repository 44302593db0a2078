package article

// A plea to sign up for the publisher's newsletter may stand between two
// paragraphs of a story, not only at its end ("Love movies? Our Watch
// Party newsletter has the best picks, delivered to your inbox. Sign up
// now"). Anywhere in an article's body, a short paragraph that names a
// newsletter is left out when one of its sentences opens with the call
// itself, or when it asks for the sign-up (signupPhrases) and speaks of
// the publisher. A story that tells of another's newsletter
// ("subscribing to their newsletter brings offers") is kept.

// newsletterWords name a newsletter in the languages of signupPhrases.
var newsletterWords = []string{"newsletter", "boletín", "nieuwsbrief", "lettre d'information"}

// pleaOpeners are the calls that open a plea to sign up.
var pleaOpeners = []string{
	"sign up", "subscribe", "abonnez-vous", "inscrivez-vous", "abonnieren sie", "melde dich",
	"suscríbete", "suscríbase", "iscriviti", "inscreva-se", "schrijf je in", "zapisz się",
}

// newsletterPlea reports whether the paragraph b, of folded line l, asks
// the reader to sign up for the publisher's newsletter.
func newsletterPlea(b Block, l *foldedLine) bool {
	if b.Kind != BlockParagraph || len(b.Text) > maxSignupLine {
		return false
	}
	k := l.key()
	if !containsAnyString(k, newsletterWords) {
		return false
	}
	return opensSentence(k, pleaOpeners) || containsAnyString(k, allSignupPhrases) && speaksOfPublisher(k)
}
