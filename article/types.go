package article

// Article is a news article as structured data. Its JSON form is the public
// contract described in the project README: field names never change, empty
// fields are omitted, and all text is NFC-normalised UTF-8.
type Article struct {
	URL        string    `json:"url,omitempty"`
	Title      string    `json:"title,omitempty"`
	Standfirst string    `json:"standfirst,omitempty"`
	Authors    []Author  `json:"authors,omitempty"`
	Published  *Date     `json:"published,omitempty"`
	Modified   *Date     `json:"modified,omitempty"`
	Language   string    `json:"language,omitempty"`
	SiteName   string    `json:"site_name,omitempty"`
	Image      string    `json:"image,omitempty"`
	Tags       []string  `json:"tags,omitempty"`
	Summary    *Summary  `json:"summary,omitempty"`
	Sections   []Section `json:"sections,omitempty"`
	Embeds     []Embed   `json:"embeds,omitempty"`
	Quotes     []Quote   `json:"quotes,omitempty"`
	Entities   []Entity  `json:"entities,omitempty"`
	Text       string    `json:"text,omitempty"`
	// PageType says what kind of page the article was read from:
	// PageTypeArticle, or, for a page that is not an article, one of
	// PageTypeListing, PageTypeCollection, PageTypeProduct, PageTypeForum,
	// PageTypeDocumentation and PageTypeService, whose body is then the
	// page's main content. It is empty when nothing tells.
	PageType string `json:"page_type,omitempty"`
	// Access is who may read the article, as the page declares it in its
	// metadata: AccessFree, AccessMetered or AccessSubscription (the text
	// may then be only the part the paywall leaves free); empty when the
	// page says nothing.
	Access string `json:"access,omitempty"`

	// Extra holds what custom extractors add, under keys they choose.
	// Built-in extractors never write to it.
	Extra map[string]any `json:"extra,omitempty"`
}

// Author is one name of a byline, in byline order. News agencies count as
// authors.
type Author struct {
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
	Role string `json:"role,omitempty"`
}

// Section is a run of blocks under one sub-heading. Body text before the first
// sub-heading forms a section with an empty Heading.
type Section struct {
	Heading string `json:"heading,omitempty"`
	// HeadingLinks are the links written in the heading, as Block.Links.
	HeadingLinks []Link  `json:"heading_links,omitempty"`
	Blocks       []Block `json:"blocks"`
}

// BlockKind says what a Block holds.
type BlockKind string

// The kinds of Block.
const (
	BlockParagraph BlockKind = "paragraph"
	BlockHeading   BlockKind = "heading"
	BlockList      BlockKind = "list"
	BlockQuote     BlockKind = "quote"
	BlockEmbed     BlockKind = "embed"
	BlockTable     BlockKind = "table"
	BlockFigure    BlockKind = "figure"
	BlockCode      BlockKind = "code"
)

// Block is one unit of the body in reading order. A list keeps its entries in
// Items; an embed block points into Article.Embeds with Embed, the index of
// the embed.
type Block struct {
	Kind  BlockKind `json:"kind"`
	Text  string    `json:"text,omitempty"`
	Items []string  `json:"items,omitempty"`
	Embed *int      `json:"embed,omitempty"`
	// Level is the rank of a heading, 2 for an <h2>; sub-headings found in
	// plain text are level 2.
	Level int `json:"level,omitempty"`
	// Start is the number of the first item of a numbered list (an <ol>),
	// 0 for a list without numbers. Article.Text leaves the numbers out
	// (measured: see listStart); a renderer numbers the items from Start.
	Start int `json:"start,omitempty"`
	// Depths gives, for a list whose items hold lists of their own, how
	// deep each of Items sits: 0 for the outer list, 1 for its
	// sub-items... It is nil when every item is at depth 0 (see
	// nestedListItems).
	Depths []int `json:"depths,omitempty"`
	// Rows gives a table's cells row by row, every row as wide as the
	// widest: a cell that spans columns or rows is repeated in each place
	// it covers, a missing cell is "". It is nil when the grid would pass
	// maxTableCells (the table then has its Text only).
	Rows [][]string `json:"rows,omitempty"`
	// HeaderRows is the number of leading Rows that head a table: rows in
	// its <thead> or made of <th> cells only.
	HeaderRows int `json:"header_rows,omitempty"`
	// Image is the address of a figure's image, resolved against the
	// page's URL: the largest of its srcset, else its lazy loader's
	// address, else its src, else the largest of its <picture>'s first
	// <source>.
	Image string `json:"image,omitempty"`
	// Links are the hyperlinks written in the block's text (a paragraph,
	// a list, a quotation, a heading, a table), in reading order: each
	// its words and its address, resolved against the page's URL. Anchors
	// within the page and links that are no web address are left out.
	Links []Link `json:"links,omitempty"`
}

// Link is a hyperlink of the body: the words it is set on and where it
// points.
type Link struct {
	Text string `json:"text"`
	URL  string `json:"url"`
}

// Summary is the newsroom's own TL;DR or key-points block, as printed on the
// page: its label ("Tl;dr", "L'essentiel", "Key points"...) and its points.
// It is never a generated summary.
type Summary struct {
	Label  string   `json:"label,omitempty"`
	Points []string `json:"points"`
}

// EmbedKind says which service an Embed comes from.
type EmbedKind string

// The kinds of Embed.
const (
	EmbedTweet     EmbedKind = "tweet"
	EmbedInstagram EmbedKind = "instagram"
	EmbedYouTube   EmbedKind = "youtube"
	EmbedBluesky   EmbedKind = "bluesky"
	EmbedMastodon  EmbedKind = "mastodon"
	EmbedTikTok    EmbedKind = "tiktok"
	EmbedFacebook  EmbedKind = "facebook"
	EmbedThreads   EmbedKind = "threads"
	EmbedVideo     EmbedKind = "video"
	EmbedOther     EmbedKind = "other"
)

// Embed is a social post or media item embedded in the body. Handle is the
// account name without "@"; Mentions and Hashtags are written without their
// sigils; Links are the URLs written in the post.
type Embed struct {
	Kind      EmbedKind `json:"kind"`
	URL       string    `json:"url,omitempty"`
	Author    string    `json:"author,omitempty"`
	Handle    string    `json:"handle,omitempty"`
	Published *Date     `json:"published,omitempty"`
	Text      string    `json:"text,omitempty"`
	Links     []string  `json:"links,omitempty"`
	Mentions  []string  `json:"mentions,omitempty"`
	Hashtags  []string  `json:"hashtags,omitempty"`
}

// QuoteKind says how a Quote is reported.
type QuoteKind string

// The kinds of Quote.
const (
	// QuoteDirect is a whole statement in quotation marks.
	QuoteDirect QuoteKind = "direct"
	// QuotePartial is a few quoted words inside the writer's sentence.
	QuotePartial QuoteKind = "partial"
	// QuoteIndirect is reported speech with no quotation marks.
	QuoteIndirect QuoteKind = "indirect"
)

// Quote is reported speech found in the body. Text is the quoted words
// without their quotation marks; Start and End are byte offsets of those
// words in Article.Text. Speaker is the canonical name of who said them (an
// Entity's Name when one matches) and Cue the words that attribute them.
type Quote struct {
	Text    string    `json:"text"`
	Speaker string    `json:"speaker,omitempty"`
	Cue     string    `json:"cue,omitempty"`
	Kind    QuoteKind `json:"kind"`
	Start   int       `json:"start"`
	End     int       `json:"end"`
}

// EntityKind is the type of a named entity.
type EntityKind string

// The kinds of Entity.
const (
	EntityPerson       EntityKind = "person"
	EntityOrganization EntityKind = "organization"
	EntityLocation     EntityKind = "location"
	// EntityMisc covers products, works, events, nationalities and other
	// names.
	EntityMisc EntityKind = "misc"
)

// Entity is a named entity found in the article, once: Name is its fullest
// form, Aliases the other forms that refer to it, and Mentions every place
// it occurs in Article.Text.
type Entity struct {
	Name     string     `json:"name"`
	Kind     EntityKind `json:"kind"`
	Aliases  []string   `json:"aliases,omitempty"`
	Mentions []Mention  `json:"mentions"`
}

// Mention is one occurrence of an entity: the words as written and their
// byte offsets in Article.Text.
type Mention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}
