package article

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file drops from a byline the credits of the people who did not
// write the story: who took the photos, drew the illustrations, edited or
// translated it, or added reporting ("By Jane Doe. Photos: John Roe",
// "Par Jean Dupont | Illustration : Marie Martin", "Von Anna Weber,
// redigiert von Max Muster"). Each such credit runs from its role words
// to the next hard separator of the line, or to its end. The reviewers of
// a story are read apart (cutReviewer): they stand in when no one else is
// named.

// creditRolePhrases introduce a credit that is not an author's, in the
// main news languages, in lower case; those that end in a letter need a
// space or a mark after them.
var creditRolePhrases = []string{
	// English
	"edited by", "editing by", "editor:", "photos by", "photo by", "photographs by", "photography by",
	"photos:", "photo:", "photographs:", "photography:", "pictures by", "illustration by",
	"illustrations by", "illustration:", "illustrations:", "graphics by", "graphics:", "video by",
	"video:", "translated by", "translation by", "translation:", "additional reporting",
	// French
	"photos :", "photo :", "photographie :", "photographies :", "photographe :", "illustration :",
	"illustrations :", "infographie :", "vidéo :", "édité par", "édition :", "relu par", "traduit par",
	"traduction :", "crédit photo",
	// German
	"fotos:", "foto:", "fotos von", "fotograf:", "fotografin:", "bilder:", "grafik:", "redigiert von",
	"bearbeitet von", "übersetzt von", "übersetzung:", "illustration von", "illustrationen von",
	"foto von", "bilder von", "grafik von", "mitarbeit:",
	// Spanish, Portuguese, Italian
	"fotos de", "fotografía:", "fotografías:", "fotografia:", "edición:", "edición de", "editado por",
	"ilustración:", "ilustraciones:", "ilustração:", "traducción:", "traducido por", "edição:",
	"edição de", "tradução:", "traduzido por", "foto di", "fotografie di", "illustrazione di",
	"illustrazioni di", "traduzione di", "tradotto da",
	// Dutch, Scandinavian, Finnish
	"foto's:", "fotografie:", "beeld:", "bewerkt door", "vertaling:", "illustratie:", "bild:",
	"kuva:", "kuvat:",
	// Polish, Czech, Turkish, Russian, Ukrainian
	"zdjęcia:", "fot.", "fotoğraf:", "fotoğraflar:", "фото:", "фотографии:",
	"иллюстрация:", "ілюстрація:", "редактор:",
	// Japanese, Chinese, Korean: a photo credit written with a colon, a
	// slash or an equals sign ("写真・文" credits the writer, so not "写真・")
	"写真：", "写真:", "写真／", "写真＝", "撮影：", "撮影:", "撮影＝", "摄影：", "摄影:", "攝影：", "攝影:", "사진=", "사진:",
}

// cutRoleCredits replaces each credit of s that is not an author's by a
// separator, and sets a reviewer line written after the names on a part
// of its own ("Jane Doe Reviewed by John Roe"), for segment to read. Only
// the phrases filed under the byte a word starts with are tried.
func cutRoleCredits(s string) string {
	for i := 0; i < len(s); i++ {
		if len(roleHeads[s[i]]) == 0 || !roleEdge(s, i) {
			continue
		}
		if n := rolePhraseAt(s[i:]); n > 0 {
			end := i + n
			if j := strings.IndexFunc(s[end:], isBylineBreak); j >= 0 {
				end += j
			} else {
				end = len(s)
			}
			s = s[:i] + " | " + s[end:]
			i += 2
			continue
		}
		if _, ok := cutReviewer(s[i:]); ok && i > 0 {
			s = s[:i] + " | " + s[i:]
			i += 3
		}
	}
	return s
}

// roleEdge reports whether a word starts at s[i]: after a character that
// is not a letter or digit, or a capital right after a small letter, where
// two elements' texts were joined without a space ("Jane DoeReviewed by"),
// or after a mark of another script that is no letter: a no-break space,
// an ideographic comma.
func roleEdge(s string, i int) bool {
	if wordEdge(s, i-1) {
		return true
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:i]); r >= utf8.RuneSelf && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return true // a no-break space, an ideographic comma
	}
	return 'A' <= s[i] && s[i] <= 'Z' && 'a' <= s[i-1] && s[i-1] <= 'z'
}

// roleHeads files the role and reviewer phrases by the first bytes they
// may start with in any case.
var roleHeads = fileByFoldedHead(slices.Concat(creditRolePhrases, reviewerPrefixes))

// rolePhraseAt returns the length of the role phrase s starts with, in
// any case, or 0 (also for a reviewer phrase, which cutReviewer reads).
func rolePhraseAt(s string) int {
	for _, p := range roleHeads[s[0]] {
		if len(s) < len(p) || !strings.EqualFold(s[:len(p)], p) || slices.Contains(reviewerPrefixes, p) {
			continue
		}
		if last, _ := utf8.DecodeLastRuneInString(p); unicode.IsLetter(last) && !wordEdge(s, len(p)) {
			continue
		}
		return len(p)
	}
	return 0
}
