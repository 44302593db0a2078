package article

import "strings"

// This file keeps the word that labels a date from being read as a name,
// or as the last word of one. A byline printed in the same element as its
// date ("Por Juan Pérez Actualizado 12 mar 2024", "Publicado el 11 de
// mayo" in an element marked as the author's) leaves the label behind
// once the date is cut: "Juan Pérez Actualizado", "Publicado".

// bylineDateWords are the published and updated participles of the news
// languages, lower case, that label a date after a byline.
var bylineDateWords = foldedSet(
	"published", "updated", "veröffentlicht", "aktualisiert", "erschienen", "publié", "publiée",
	"publicado", "publicada", "actualizado", "actualizada", "atualizado", "atualizada",
	"pubblicato", "pubblicata", "aggiornato", "aggiornata", "gepubliceerd", "bijgewerkt",
	"opublikowano", "zaktualizowano", "publikováno", "aktualizováno", "publikované", "aktualizované",
	"publicerad", "uppdaterad", "publiceret", "opdateret", "publisert", "oppdatert", "julkaistu",
	"päivitetty", "yayınlandı", "güncellendi", "güncelleme", "publicat", "actualizat", "опубликовано",
	"обновлено", "опубліковано", "оновлено", "објављено", "ажурирано", "objavljeno", "ažurirano",
	"közzétéve", "frissítve", "δημοσιεύθηκε", "δημοσιεύτηκε", "ενημερώθηκε", "diterbitkan",
	"diperbarui", "avaldatud", "uuendatud", "publicēts", "atjaunināts", "paskelbta", "atnaujinta",
	"입력", "업데이트",
)

// cutDateWords returns s up to its first word that labels a date: "Juan
// Pérez" of "Juan Pérez Actualizado", "" of "Publicado".
func cutDateWords(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if inFoldedSet(bylineDateWords, strings.TrimRight(w, ":")) {
			return strings.Join(words[:i], " ")
		}
	}
	return s
}
