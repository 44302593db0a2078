package article

import (
	"maps"
	"slices"
)

// The labels of related-links boxes in languages other than English and
// French, for cutRelatedTail: the related-stories, most-read and
// most-discussed headings that newsrooms of each language print over
// their teasers. Like relatedLabels they are whole labels, folded by
// lineKey; intlRelatedPrefixes start longer ones ("Weitere Artikel zum
// Thema"). The "read also" labels ("Lesen Sie auch", "Zobacz też",
// "Noticias relacionadas") are left out: they also announce a list of
// links inside the story, above its last paragraphs, and promoBlock drops
// them alone.

// intlRelatedLabels are whole labels over related links.
var intlRelatedLabels = setOf(lineKeys(
	// German
	"schon gelesen?", "auch interessant", "auch lesenswert", "das könnte sie auch interessieren",
	"das könnte sie interessieren", "das könnte dich auch interessieren", "das könnte dich interessieren",
	"das thema könnte dich auch interessieren", "ähnliche artikel", "ähnliche beiträge", "verwandte artikel",
	"verwandte beiträge", "unsere empfehlungen", "weitere nachrichten", "kommentierte artikel",
	// Spanish
	"artículos relacionados", "lo más leído", "más leídas", "más noticias", "otras noticias",
	// Italian
	"articoli correlati", "notizie correlate", "potrebbe interessarti", "i più letti", "altre notizie",
	// Portuguese
	"artigos relacionados", "mais lidas", "mais notícias", "você pode gostar",
	// Dutch
	"gerelateerde artikelen", "meest gelezen", "meer nieuws",
	// Polish
	"powiązane artykuły", "podobne artykuły", "najczęściej czytane",
)...)

// intlRelatedPrefixes start labels over related links.
var intlRelatedPrefixes = []string{
	"weitere artikel", "weitere beiträge", "mehr artikel", "mehr aus ", "meistgelesen", "meistdiskutiert",
	"meistkommentiert",
}

// allRelatedLabels and allRelatedPrefixes join the lists of each language.
var (
	allRelatedLabels = func() map[string]bool {
		m := maps.Clone(relatedLabels)
		maps.Copy(m, intlRelatedLabels)
		return m
	}()
	allRelatedPrefixes = slices.Concat(relatedPrefixes, intlRelatedPrefixes)
)
