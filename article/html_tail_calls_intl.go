package article

import "slices"

// The pleas that end articles in languages other than English and French,
// for trimCalls: a call to sign up for the publisher's newsletter ("Melde
// dich hier für unseren Newsletter an!") or to support its work
// ("Unterstützen Sie diese Form des Journalismus"). As in English, a
// phrase counts only when it opens a sentence or the sentence speaks of
// the publisher ("unser", "nuestro"): a story may tell its reader where
// to sign up for something else. Each phrase names the publisher's
// newsletter or asks for support; none is a word that ordinary prose
// begins with ("melden Sie sich" also asks witnesses to call the
// police). They are in lower case.

// intlSignupPhrases ask the reader to sign up, to subscribe or to
// support the publisher.
var intlSignupPhrases = []string{
	// German
	"unseren newsletter", "unserem newsletter", "newsletter abonnieren", "abonnieren sie unser",
	"unterstützen sie diese", "unterstützen sie uns", "unterstützen sie unser", "unterstütze uns",
	"unterstütze unser",
	// Spanish, Italian, Portuguese
	"nuestro boletín", "nuestra newsletter", "suscríbete a", "suscríbase a", "apóyanos", "la nostra newsletter",
	"iscriviti alla", "sostienici", "nossa newsletter", "assine a nossa", "inscreva-se",
	// Dutch, Polish
	"onze nieuwsbrief", "schrijf je in voor", "steun ons", "naszego newslettera", "zapisz się do", "wesprzyj nas",
}

// intlPublisherWords are the words by which a plea speaks of its
// publisher in those languages.
var intlPublisherWords = []string{
	"wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "unseres",
	"nuestro", "nuestra", "nuestros", "nuestras", "nostro", "nostra", "nostri", "nostre",
	"nosso", "nossa", "nossos", "nossas", "onze", "ons", "wij", "nasz", "nasza", "nasze", "naszego", "naszej",
}

// allSignupPhrases and allPublisherWords join the lists of each language.
var (
	allSignupPhrases  = slices.Concat(signupPhrases, intlSignupPhrases)
	allPublisherWords = setOf(slices.Concat(englishPublisherWords, intlPublisherWords)...)
)
