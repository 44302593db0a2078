package article

import (
	"strings"
	"unicode/utf8"
)

// This file holds the key-points labels of the languages that have no
// extension yet, so that a box headed "Das Wichtigste in Kürze", "Las
// claves" or "要点" reads as a summary on any page, as the byline words of
// byline_words.go do for bylines. Facts only: the headings newsrooms of each
// language print over their key points.

// moreSummaryLabels head a key-points box in languages without an
// extension.
var moreSummaryLabels = []string{
	// German
	"Das Wichtigste in Kürze", "Das Wichtigste", "Das Wichtigste im Überblick", "Auf einen Blick",
	"Kurz und knapp", "In Kürze", "Zusammenfassung", "Die wichtigsten Punkte", "Das Wichtigste zusammengefasst",
	"Das Wichtigste vorab",
	// Spanish
	"Las claves", "Claves", "Lo más importante", "Lo esencial", "En resumen", "Resumen", "Puntos clave",
	"En síntesis", "Lo que debes saber", "Lo que hay que saber", "Las claves de la noticia",
	// Italian
	"In sintesi", "In breve", "Punti chiave", "I punti chiave", "Sintesi", "L'essenziale", "Cosa sapere",
	// Portuguese
	"Em resumo", "Resumo", "Pontos-chave", "Pontos principais", "Principais pontos", "O essencial",
	"Em poucas palavras", "O que você precisa saber",
	// Dutch
	"In het kort", "Kort samengevat", "Samenvatting", "De belangrijkste punten",
	// Polish, Swedish, Danish, Norwegian
	"W skrócie", "Najważniejsze", "I korthet", "Kort fortalt", "Kort oppsummert",
	// Russian, Ukrainian
	"Главное", "Самое главное", "Самое важное", "Коротко", "Кратко", "Коротко о главном", "Головне",
	// Japanese, Chinese, Korean
	"要点", "ポイント", "この記事のポイント", "要約", "重点", "摘要", "요약", "핵심 요약",
}

// moreSummaryKeys are moreSummaryLabels folded by labelKey.
var moreSummaryKeys = labelKeys(moreSummaryLabels)

// labelKeys returns the set of the labels folded by labelKey.
func labelKeys(labels []string) map[string]bool {
	m := make(map[string]bool, len(labels))
	for _, l := range labels {
		m[labelKey(l)] = true
	}
	return m
}

// cjkCharsPerWord is how many Chinese or Japanese characters count as one
// word: these scripts write no spaces, and most of their words are one or
// two characters long.
const cjkCharsPerWord = 2

// wordCount returns the number of words of s: its fields, where a field
// written in Han, Hiragana or Katakana counts one word for every
// cjkCharsPerWord of its characters.
func wordCount(s string) int {
	return countWords(s, isCJKRune)
}

// countWords returns the number of words of s: its fields, where a field
// in a script written without spaces counts one word for every
// cjkCharsPerWord of its letters of that script (those spaceless
// reports).
func countWords(s string, spaceless func(rune) bool) int {
	n := 0
	for _, f := range strings.Fields(s) {
		cjk := 0
		for _, r := range f {
			if r >= utf8.RuneSelf && spaceless(r) {
				cjk++
			}
		}
		n += max(1, (cjk+cjkCharsPerWord-1)/cjkCharsPerWord)
	}
	return n
}
