package article

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the words the byline reader knows besides those of the
// configured languages: news agencies, and the byline words of languages
// that have no extension yet, so that "Von Anna Weber und dpa" reads on a
// German page too.

// agencies are the news agencies that count as authors, folded to lower
// case.
var agencies = foldedSet(slices.Concat(worldAgencies, []string{"afp", "ap", "reuters", "associated press", "agence france-presse",
	"agence france presse", "dpa", "ansa", "efe", "europa press", "belga", "ats", "sda", "ats/afp",
	"kna", "epd", "apa", "anp", "tt", "ntb", "ritzau", "pap", "ctk", "čtk", "xinhua", "kyodo",
	"yonhap", "pa", "aap", "upi", "bloomberg", "anadolu", "aa", "sid", "afp/reuters", "ap/afp",
	"pa media", "press association", "nexo", "lusa", "agencia efe", "tass", "ria novosti", "bna",
	"rtr", "ddp", "keystone-sda", "mti", "hina", "sta", "jiji", "ians", "pti", "cna"})...)

// moreBylinePrefixes introduce a byline in languages without an extension.
var moreBylinePrefixes = slices.Concat([]string{"von", "por", "di", "door", "av", "af", "autor", "autorin",
	"autores", "autora", "texto", "text", "tekst", "a cura di", "redigé par", "escrito por",
	"geschrieben von", "skrevet af", "skrivet av", "napisał", "napisała",
	"ein artikel von", "ein beitrag von", "ein kommentar von", "eine analyse von", "ein gastbeitrag von",
	"автор", "авторы", "текст", "автор текста", "автор статьи", "автор материала",
	"oleh:", "penulis", "teksti", "kirjoittaja", "yazar", "yazan", "piše", "pišu", "szerző", "autorius",
	"autors", "avtor", "συντάκτης", "συντάκτρια", "tác giả", "аутор", "пише", "بقلم", "מאת", "लेखक",
	"文・", "文／", "文/", "文：", "文:", "文＝", "取材・文", "取材・文：", "写真・文", "文と写真", "執筆者", "筆者", "记者", "作者", "撰文"},
	worldBylinePrefixes, postedByPhrases, postedByWorld)

// moreBylineJoiners join names in languages without an extension: also
// Turkish "ve", Romanian "și", Polish "oraz", Lithuanian "ir", Greek "και",
// Ukrainian "та", Indonesian "dan", Vietnamese "và", Arabic "و", Latvian
// "un", Azerbaijani "və", Albanian "dhe", Hindi "और", Urdu "اور", Bengali
// "এবং" and "ও", Tamil "மற்றும்", Thai "และ" and Korean "및".
var moreBylineJoiners = foldedSet("und", "y", "e", "en", "og", "och", "i", "ja", "és", "a", "und mit", "mit", "con", "и", "і",
	"ve", "și", "şi", "oraz", "ir", "και", "та", "dan", "và", "و", "un", "və", "dhe", "और", "اور", "এবং", "ও", "மற்றும்", "และ", "및")

// capsJoiner reports whether w, a word of a byline written all in
// capitals, is a joining word in capitals ("JUAN PÉREZ Y ANA GÓMEZ"). A
// joiner of one letter counts only after two words of a name at least, as
// it may be an initial ("JOHN E SMITH").
func capsJoiner(w string, cur []string) bool {
	k := strings.ToLower(w)
	return k != w && moreBylineJoiners[k] && (utf8.RuneCountInString(w) > 1 || len(cur) >= 2)
}

// moreNotAuthors name no one, in languages without an extension: also
// the placeholders that blog and site software print, in English whatever
// the page's language, where the account has no name ("Unknown",
// "undefined", a template's "publisher").
var moreNotAuthors = foldedSet(slices.Concat(worldDeskCredits, chromeNotAuthors, []string{"redaktion", "redacción", "redazione", "redactie", "redação", "redakcja",
	"redaksjonen", "redaktionen", "admin", "staff", "editor", "webmaster", "null", "none", "n/a",
	"author", "autor", "auteur", "by", "par", "team", "unknown", "undefined", "publisher", "unbekannt"})...)

// newsroomWords name a newsroom in the languages the byline reader
// knows: a byline that starts with one names no one ("Redacción El
// Tiempo", "Redazione Web").
var newsroomWords = foldedSet("rédaction", "redaction", "redaktion", "redacción", "redaccion", "redazione",
	"redactie", "redação", "redacao", "redakcja", "redakce", "redakcia", "redaksjonen", "redaktionen",
	"redaksi", "редакция", "редакція", "редакција")

// credentialWords are titles written after a name ("Jane Doe, PhD").
var credentialWords = foldedSet("phd", "ph.d", "ph.d.", "md", "m.d.", "ms", "ma", "mba", "rd", "rn",
	"cpa", "jd", "dds", "do", "lcsw", "cfp", "mph", "msc", "bsc", "ba", "bs", "jr", "jr.", "sr",
	"sr.", "ii", "iii", "iv", "esq", "facs", "fand", "ldn", "cscs", "np", "pa-c", "lpc", "cdn", "e-ryt")

// jobWords are words of job titles, which are never part of a name.
var jobWords = foldedSet(slices.Concat(professionTitles, newsJobWords, []string{"editor", "editors", "writer", "writers", "reporter", "reporters", "correspondent",
	"columnist", "contributor", "contributors", "director", "manager", "managing", "analyst", "founder",
	"co-founder", "cofounder", "ceo", "coo", "cto", "cmo", "president", "officer", "specialist",
	"strategist", "consultant", "coordinator", "intern", "producer", "photographer", "journalist",
	"journaliste", "rédacteur", "rédactrice", "redakteur", "redakteurin", "sponsored", "bio", "profile",
	"follow", "posts", "articles", "view", "contact", "email", "share", "more", "about",
	"기자", "特派員", "記者", "编辑", "記者）", "correspondante", "chroniqueur", "chroniqueuse",
	"folgen", "abonnieren", "seguir", "suivre", "segui", "volgen", "følg", "följ", "obserwuj"})...)

// nameParticles are the lower-case words that may stand inside a name,
// with the Dutch elided article of "van 't Hof".
var nameParticles = foldedSet("de", "del", "della", "di", "da", "das", "dos", "du", "des", "la", "le",
	"van", "von", "der", "den", "ten", "ter", "y", "e", "bin", "ibn", "al", "el", "zu", "af", "av", "'t", "’t")

func foldedSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// isAgency reports whether s names a news agency.
func isAgency(s string) bool {
	return len(s) <= 24 && agencies[strings.ToLower(strings.Trim(s, " ()[].,"))]
}

// isCredential reports whether s is a title written after a name: a known
// one, or a short word in capitals that is not an agency, with or without
// the registered mark some certifications carry ("CFP®").
func isCredential(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), "®™")
	k := strings.ToLower(s)
	if credentialWords[k] || credentialWords[strings.TrimSuffix(k, ".")] {
		return true
	}
	if isAgency(s) || len(s) > 6 || len(s) < 2 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) && r != '.' {
			return false
		}
	}
	return true
}

// differFirstASCII reports whether a and b are ASCII bytes that differ
// but in case: the first bytes of two strings strings.EqualFold finds
// different, told without a call (most prefixes tried are not there).
func differFirstASCII(a, b byte) bool {
	return a < utf8.RuneSelf && b < utf8.RuneSelf && lowerASCII(a) != lowerASCII(b)
}

// hasPrefixFold reports whether s starts with the word p, ignoring case,
// followed by the end of s, a space or a colon; it returns the rest.
func hasPrefixFold(s, p string) (string, bool) {
	if len(s) < len(p) || len(p) > 0 && differFirstASCII(s[0], p[0]) || !strings.EqualFold(s[:len(p)], p) {
		return s, false
	}
	rest := s[len(p):]
	if rest == "" || sepEnded(p) {
		return strings.TrimLeft(rest, " :：\u00a0\t"), true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsSpace(r) && r != ':' && r != '：' && r != '\u00a0' {
		return s, false
	}
	return strings.TrimLeft(rest, " :：\u00a0\t"), true
}
