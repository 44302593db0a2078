package depeche

import "github.com/depeche-go/depeche/article"

// Defaults returns the extensions every Parser has unless built with
// WithoutDefaults, in the order they are applied:
//
//	article.French             French labels and words
//	article.English            English labels and words
//	article.Tweets             tweets pasted as text          line extractor, priority 100
//	article.Summaries          TL;DR and key-points blocks    line extractor, priority 200
//	article.LanguageDetection  Article.Language from the text transformer, priority 300
//
// Lower priorities run first within a phase.
func Defaults() article.Extenders {
	return article.Extenders{
		article.French,
		article.English,
		article.Tweets,
		article.Summaries,
		article.LanguageDetection,
	}
}
