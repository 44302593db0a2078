package article

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// stopwords are the most frequent short words of each language the
// detector knows. Words shared by several languages count for each.
var stopwords = map[string][]string{
	"fr": strings.Fields("le la les un une des du de et est sont dans pour par sur avec qui que ne pas plus au aux ce cette ces il elle ils nous vous leur mais ou donc été être avoir fait comme aussi très tout sans sous entre après selon depuis lors notamment qu"),
	"en": strings.Fields("the of and to in is are was were for on with that this by from at as be have has had not but or which who their its an it will would can been they he she we after about also more than into over said"),
	"de": strings.Fields("der die das und ist sind ein eine einen dem den des nicht mit für auf von zu im auch sich es sie er wir wird werden wurde nach bei aus noch wie über oder aber nur durch"),
	"es": strings.Fields("el la los las un una unos y es son del de en por para con que no se su sus al lo como más pero este esta fue ha han ya también sobre entre cuando muy sin hasta desde"),
	"it": strings.Fields("il lo la gli le un una uno e è sono del della dei delle di da in per con che non si su al alla come più ma anche questo questa ha hanno stato essere nel nella tra dopo"),
	"pt": strings.Fields("o a os as um uma uns e é são do da dos das de em por para com que não se seu sua ao à como mais mas este esta foi tem também sobre entre quando muito sem até desde no na"),
	"nl": strings.Fields("de het een en is zijn van in op met voor dat die niet te aan er ook als bij maar om naar door over uit wordt werd hij zij wij ze nog wel dan"),
	"ca": strings.Fields("el la els les un una i és són del de en per amb que no es seu seva al com més però aquest aquesta va ha han també entre quan molt sense fins"),
	"ro": strings.Fields("și în de la cu pe pentru este sunt un o al ale lui care nu se mai dar din ca fost acest această să au fi după despre"),
	"sv": strings.Fields("och i att det som en på är av för med till den har de inte om ett han hon var men vi ska kan från efter också"),
	"pl": strings.Fields("i w na z do się nie że to jest o jak po od przez za ale jego jej są był była co tak już dla oraz tylko przy"),
}

// detectLangs are the languages of stopwords, in tag order: a score
// tie goes to the first.
var detectLangs = slices.Sorted(maps.Keys(stopwords))

// stopwordLangs maps each stopword to the indexes in detectLangs of the
// languages that use it.
var stopwordLangs = func() map[string][]uint8 {
	idx := make(map[string][]uint8)
	for i, lang := range detectLangs {
		for _, w := range stopwords[lang] {
			idx[w] = append(idx[w], uint8(i))
		}
	}
	return idx
}()

// DetectLanguage guesses the language of text from its most frequent
// words and returns a BCP 47 tag ("fr", "en", "de", "es", "it", "pt",
// "nl", "ca", "ro", "sv", "pl"), or "" when the text is too short or
// unclear. Only the first 64 KiB of text are read.
func DetectLanguage(text string) string {
	return detectBy(text[:min(len(text), 64<<10)], 1, 3, 2, 1.25)
}

// detectBy returns the language with the most stopwords of at least
// minLen letters in text, when text has minHits stopwords or more and
// that language scores minBest or more and ratio times the next one's;
// else "".
func detectBy(text string, minLen, minHits int, minBest, ratio float64) string {
	scores, hits := stopwordScores(text, minLen)
	best, second := bestTwo(scores)
	if hits < minHits || scores[best] < minBest || scores[best] < ratio*scores[second] {
		return ""
	}
	return detectLangs[best]
}

// maxStopwordBytes bounds the words looked up, in lower case and in
// bytes: the longest stopword has 9.
const maxStopwordBytes = 16

// stopwordScores counts the stopwords of at least minLen letters of each
// language in text, a word shared by several languages counting for each
// in part, and how many words were stopwords. Words are read in place,
// lower-cased into a small buffer, as they are looked up for every page.
func stopwordScores(text string, minLen int) ([]float64, int) {
	scores := make([]float64, len(detectLangs))
	hits := 0
	var buf [maxStopwordBytes]byte
	for i := 0; i < len(text); {
		low, runes, long, end := nextLowerWord(text, i, buf[:])
		if i = end; long || runes < minLen {
			continue
		}
		langs := stopwordLangs[string(low)]
		if len(langs) == 0 {
			continue
		}
		for _, l := range langs {
			scores[l] += 1 / float64(len(langs))
		}
		hits++
	}
	return scores, hits
}

// nextLowerWord reads the first word of text at or after byte i (see
// notWordRune), lower-cased into buf as long as it fits: it returns the
// bytes kept, the runes they hold, whether the word did not fit, and the
// byte after the word. ASCII bytes, most of the text of most pages, are
// read through asciiWordFold.
func nextLowerWord(text string, i int, buf []byte) (low []byte, runes int, long bool, end int) {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if asciiWordFold[c] != 0 {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !notWordRune(r) {
			break
		}
		i += size
	}
	low = buf[:0]
	for i < len(text) {
		r, size := rune(0), 1
		if c := text[i]; c < utf8.RuneSelf {
			if r = rune(asciiWordFold[c]); r == 0 {
				break
			}
		} else if r, size = utf8.DecodeRuneInString(text[i:]); notWordRune(r) {
			break
		} else {
			r = unicode.ToLower(r)
		}
		i += size
		if !long && len(low)+utf8.RuneLen(r) <= len(buf) {
			low, runes = utf8.AppendRune(low, r), runes+1
		} else {
			long = true
		}
	}
	return low, runes, long, i
}

// bestTwo returns the indexes of the highest and second-highest scores,
// a tie going to the first index (the first tag).
func bestTwo(scores []float64) (best, second int) {
	best, second = -1, -1
	for l, s := range scores {
		switch {
		case best < 0 || s > scores[best]:
			best, second = l, best
		case second < 0 || s > scores[second]:
			second = l
		}
	}
	return best, second
}

// notWordRune reports whether r separates words. Apostrophes separate
// too, so that French elisions ("l'IA") yield their article.
func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }

// LanguageDetection is the extension that sets Article.Language from the
// article's own words when the page did not declare it, or declared a
// language the text is plainly not in: templates often keep the lang
// attribute of their theme (lang="en" over a French article). It is one
// of the defaults and runs at priority 300.
var LanguageDetection = NewLanguageDetection()

// NewLanguageDetection returns the language detection extension.
func NewLanguageDetection() Extender {
	return ExtenderFunc(func(c *Config) {
		c.AddTransformer(TransformerFunc(detectArticleLanguage), 300)
	})
}

func detectArticleLanguage(_ *Context, a *Article) error {
	if a.Language == "" {
		a.Language = DetectLanguage(a.Title + "\n" + a.Text) // Text starts with the standfirst
	} else if lang := primarySubtag(a.Language); stopwords[lang] != nil {
		if l := plainLanguage(a.Title + "\n" + a.Text[:min(len(a.Text), plainSample)]); l != "" && l != lang {
			a.Language = l
		}
	}
	return nil
}

// Bounds of a text plainly in one language: its stopwords, and how many
// times more of them are of that language than of the next.
const (
	minPlainHits  = 40
	minPlainRatio = 3
)

// plainSample is how much of the text plainLanguage reads, in bytes: the
// title and the first paragraphs, some 1,300 words, say what language an
// article is in as well as the whole would. On the 3,901 benchmark and
// development pages, 8 KiB decide as the whole text does; 3 KiB did not,
// on a page that opens with server warnings in English.
const plainSample = 8 << 10

// plainLanguage returns the language text is plainly written in, by the
// measure of DetectLanguage with stricter bounds and without its
// one-letter words ("a", "e", "o"), which the names and initials of a
// table of results are full of, or "".
func plainLanguage(text string) string {
	return detectBy(text[:min(len(text), plainSample)], 2, minPlainHits, 0, minPlainRatio)
}
