package depeche

import (
	"github.com/depeche-go/depeche/article"
	"github.com/depeche-go/depeche/entities"
)

// Defaults returns the extensions every Parser has unless built with
// WithoutDefaults, in the order they are applied:
//
//	article.French             French labels and words
//	article.English            English labels and words
//	article.Tweets             tweets pasted as text          line extractor, priority 100
//	                           and embedded in HTML           node extractor, priority 100
//	article.Embeds             Instagram, YouTube... embeds   node extractor, priority 110
//	article.Summaries          TL;DR and key-points blocks    line and node extractors, priority 200;
//	                           key-points box above the body  transformer, priority 50
//	article.LanguageDetection  Article.Language from the text transformer, priority 300
//	entities.Entities          people, organisations, places  transformer, priority 500
//	article.Quotes             quotes, speakers and cues      transformer, priority 600
//
// Lower priorities run first within a phase.
func Defaults() article.Extenders {
	return article.Extenders{
		article.French,
		article.English,
		article.Tweets,
		article.Embeds,
		article.Summaries,
		article.LanguageDetection,
		entities.Entities,
		article.Quotes,
	}
}
