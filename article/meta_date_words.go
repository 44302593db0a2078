package article

import (
	"strings"
	"unicode/utf8"
)

// This file holds the labels of printed dates in the languages that have
// no extension yet, so that "Aktualisiert am 3. März 2024" reads as an
// update on a German page too, and the words that may stand on a date line
// besides the date and its label.

// morePublishedLabels introduce a publication date, lower case.
var morePublishedLabels = []string{
	"veröffentlicht", "erschienen", "erstellt", "publicado", "publicada", "publicación",
	"pubblicato", "pubblicata", "gepubliceerd", "geplaatst", "opublikowano", "publikováno",
	"publicerad", "publiceret", "udgivet", "publisert", "julkaistu", "yayınlanma", "yayınlandı",
	"publicat", "опубликовано", "опубліковано", "публикация", "objavljeno", "közzétéve",
	"δημοσίευση", "公開", "公開日", "発行", "发布", "發布", "发表", "發表", "입력", "게재",
	"نشر", "تاريخ النشر", "פורסם", "diterbitkan", "dipublikasikan", "đăng", "posted",
	"date", "datum", "fecha", "data", "date de publication",
	"publiziert", "опубликован", "дата публикации", "配信", "掲載", "公開日時",
	"publikacji", "δημοσιεύθηκε", "δημοσιεύτηκε",
	"avaldatud", "publicēts",
}

// moreModifiedLabels introduce an update date, lower case.
var moreModifiedLabels = []string{
	"aktualisiert", "zuletzt aktualisiert", "stand", "geändert", "actualizado", "actualizada",
	"actualización", "atualizado", "atualizada", "atualização", "aggiornato", "aggiornata",
	"aggiornamento", "bijgewerkt", "laatst bijgewerkt", "gewijzigd", "zaktualizowano",
	"aktualizacja", "aktualizováno", "uppdaterad", "opdateret", "oppdatert", "päivitetty",
	"güncelleme", "güncellendi", "güncellenme", "actualizat", "обновлено", "обновлено:",
	"оновлено", "ažurirano", "frissítve", "ενημέρωση", "更新", "更新日", "最終更新", "업데이트",
	"수정", "تحديث", "آخر تحديث", "עודכן", "diperbarui", "cập nhật", "revised", "edited", "last edited",
	"last post", "latest post", "last reply", "latest reply", "last activity", "last active", "replied",
	"modifica", "modificato", "modificata", "ultima modifica", "modificado", "modificada",
	"изменено", "обновлен", "обновлён", "дата обновления",
	"aktualizacji", "aangepast", "ενημερώθηκε", "τελευταία ενημέρωση",
	"aktualisierung", "bearbeitet", "posodobljeno", "uuendatud", "atjaunots", "atjaunināts",
	"letzte änderung", "dernière modification", "última modificación", "laatste wijziging",
	"ostatnia zmiana", "ostatnia modyfikacja", "poslední změna", "senast ändrad",
}

// dateLineWords may stand on a date line next to the date and its label:
// "on", "at", "am", "pm", time zones.
var dateLineWords = foldedSet("on", "at", "am", "pm", "a.m.", "p.m.", "le", "à", "am", "um", "el",
	"de", "del", "il", "alle", "op", "om", "em", "às", "gmt", "utc", "cet", "cest", "bst", "est",
	"edt", "cst", "cdt", "pst", "pdt", "mst", "mdt", "ist", "jst", "kst", "aest", "aedt", "uhr", "h",
	"|", "-", "•", "·", "/", "—", "–", ",", ":")

// lastLabel returns the index of the last of labels in s, as whole words,
// or -1. s and labels are lower case. Most labels are not in s: the quick
// strings.Contains turns them away before the slower backward search.
func lastLabel(s string, labels []string) int {
	last := -1
	for _, l := range labels {
		if !strings.Contains(s, l) {
			continue
		}
		for i := strings.LastIndex(s, l); i > last; i = strings.LastIndex(s[:i], l) {
			if labelEdge(s, i-1, l[0]) && labelEdge(s, i+len(l), l[len(l)-1]) {
				last = i
				break
			}
		}
	}
	return last
}

// dateLabels are the date labels of one language, lower case.
type dateLabels struct {
	published, modified []string
}

// langLabels returns the date labels of dc's languages in lower case,
// lower-casing them on the first call of a parse.
func (dc *dateCands) langLabels() []dateLabels {
	if dc.lowerLabels == nil {
		dc.lowerLabels = make([]dateLabels, 0, len(dc.langs))
		for _, l := range dc.langs {
			dc.lowerLabels = append(dc.lowerLabels, dateLabels{lowerAll(l.PublishedLabels), lowerAll(l.ModifiedLabels)})
		}
	}
	return dc.lowerLabels
}

// lowerAll returns the words of ws in lower case.
func lowerAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(w)
	}
	return out
}

// labelEdge reports whether s[i] can border a label whose letter next to
// it is c: any byte for labels of scripts without spaces, else a byte that
// is not an ASCII letter or digit, or one of a no-break space, which French
// sets before a colon ("Dernière modification\u00a0: 31/10/2023").
func labelEdge(s string, i int, c byte) bool {
	return c >= 0x80 || wordEdge(s, i) || inNoBreakSpace(s, i)
}

// inNoBreakSpace reports whether s[i] is the first byte of a no-break
// space (the edge after a label) or its last (the edge before one).
func inNoBreakSpace(s string, i int) bool {
	if i < 0 || i >= len(s) || s[i] < utf8.RuneSelf {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s[i:])
	last, _ := utf8.DecodeLastRuneInString(s[:i+1])
	return noBreakSpace(first) || noBreakSpace(last)
}

// otherDateLabels introduce a date that is not the article's: when its
// author joined a forum, an event, a deadline, the day the page is viewed,
// lower case.
var otherDateLabels = []string{
	"joined", "member since", "founded", "registered", "registration date", "since", "born", "birthday",
	"deadline", "expires", "expiry", "valid until", "event date", "inscrit", "inscrit le",
	"membre depuis", "né le", "née le", "mitglied seit", "dabei seit", "registriert", "registriert seit",
	"geboren", "registrado", "miembro desde", "iscritto", "iscritto dal", "lid sinds",
	"zarejestrowany", "регистрация", "зарегистрирован", "на сайте с", "登録日", "가입일", "تاريخ التسجيل",
	// the day the page is viewed, as forum software prints it
	"it is currently", "current time", "aktuelle zeit", "es ist jetzt", "nous sommes le", "heure actuelle",
	"fecha actual", "hora actual", "oggi è", "het is nu", "teraz jest", "текущее время",
}

// isOtherLabel reports whether the text before a date says it is not the
// article's: its last label is one of otherDateLabels, after any label of
// publication or update.
func (dc *dateCands) isOtherLabel(ctx string) bool {
	if len(ctx) > maxLabelText {
		ctx = ctx[len(ctx)-maxLabelText:]
	}
	lower := strings.ToLower(ctx)
	other := lastLabel(lower, otherDateLabels)
	if other < 0 {
		return false
	}
	last := max(lastLabel(lower, morePublishedLabels), lastLabel(lower, moreModifiedLabels))
	for _, l := range dc.langLabels() {
		last = max(last, lastLabel(lower, l.published), lastLabel(lower, l.modified))
	}
	return other > last
}
