// Package depeche turns news articles into typed, structured data.
//
// Give it a news page as HTML, with its menus, ads and footers, or an
// article pasted as plain text, and it returns an article.Article: the
// title, standfirst, authors, dates, language and site; the body as
// sections of paragraphs, lists and headings; the newsroom's own TL;DR
// block (article.Summary); embedded social posts (article.Embed); and the
// body as plain text. Its JSON form is a stable contract, described in the
// README.
//
// A crawl also meets pages that are not articles. On those, the body holds
// the page's main content (the cards of a listing, the description of a
// product, the posts of a thread), and Article.PageType says what the page
// is: "article", "listing", "collection", "product", "forum",
// "documentation" or "service" (article.PageTypeArticle and the others),
// from the page's schema.org types, its og:type and its structure.
//
// # Quick start
//
// Build a Parser once and use it for every article:
//
//	p := depeche.New()
//	a, err := p.Parse(ctx, r) // HTML or text, decided from the content
//	if err != nil {
//		return err
//	}
//	fmt.Println(a.Title, a.Language)
//	for _, s := range a.Sections {
//		fmt.Println("##", s.Heading)
//	}
//
// ParseHTML and ParseText skip the guess; ParseNode takes a page already
// parsed with golang.org/x/net/html. WithURL tells where a page came from,
// and WithCharset the character set a transport declared. The library
// never touches the network: the caller fetches pages.
//
// # How a parse runs
//
// A parse has three phases. Decoding turns the input into NFC-normalised
// UTF-8. The structure phase walks the HTML main content, or the lines of
// a text, and makes blocks: each element or line is first offered to the
// extractors registered for it, by priority, then read by the built-in
// reader. The transformation phase hands the whole article to the
// transformers, by priority. Lower priorities run first. The defaults and
// their priorities are listed in the doc of Defaults.
//
// # Extending
//
// Everything beyond the built-in readers is an extension, an
// article.Extender that adds extractors to an article.Config; the French
// and English support are extensions too. A user adds their own with
// WithExtensions:
//
//	ext := article.ExtenderFunc(func(c *article.Config) {
//		c.AddNodeExtractor(myBoxes{}, 50)       // HTML elements
//		c.AddLineExtractor(myLines{}, 50)       // plain-text lines
//		c.AddTransformer(myTransformer{}, 900)  // the whole article
//	})
//	p := depeche.New(depeche.WithExtensions(ext))
//
// An article.NodeExtractor names the elements it wants with Trigger and
// returns true from Extract when it has handled one; it adds what it found
// through the article.Context (AddBlock, AddEmbed) or the Article itself
// (Article.Extra is reserved for custom data). Per-parse state belongs in
// the Context, under a typed article.ContextKey, never in the extractor.
// See Example_customExtractor and examples/custom-extractor.
//
// # French text
//
// French is first class: « guillemets » with no-break or narrow no-break
// spaces, both apostrophes (' and ’), elisions, French dates ("1er mars
// 2024", "sept."), and French labels for key-points blocks ("L'essentiel",
// "Ce qu'il faut retenir", "Tl;dr") are understood. English is just as
// good, and other languages degrade gracefully: their structure and
// language are still found, and the entities package keeps only the names
// it is sure of in a language its model was not trained on. A language's
// words live in an article.Language that a language extension adds
// (article.French, article.English); article.NewFrench takes a newsroom's
// own labels.
//
// # Concurrency
//
// A Parser is immutable once New returns and is safe for concurrent use
// by any number of goroutines; build one and share it. Each parse has its
// own article.Context.
//
// # Limits
//
// Every parse is bounded: input size, element depth and count, and text
// per block have limits (article.DefaultLimits) that WithLimits changes,
// and the context.Context given to each parse method cancels it. Going
// past the input size is an error (article.ErrTooLarge), never a crash or
// a hang. Errors are sentinel values for errors.Is: ErrTooLarge, ErrEmpty,
// ErrBinary, ErrNotArticle.
package depeche
