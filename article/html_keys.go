package article

// Keys the HTML readers share within one parse.
var (
	// metaDescription holds the page's own description (og:description,
	// meta description, JSON-LD description): a hint for the standfirst.
	metaDescription = NewContextKey[string]("html.meta-description")
	// jsonLDBody holds the JSON-LD articleBody, when the page gives one: a
	// hint for where the body is.
	jsonLDBody = NewContextKey[string]("html.jsonld-body")
	// declaredPageTypes holds what the page's metadata says it is: its
	// JSON-LD types and og:type, for the page type.
	declaredPageTypes = NewContextKey[declaredTypes]("html.declared-types")
)
