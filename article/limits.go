package article

import "errors"

// Errors a parse returns; callers branch on them with errors.Is.
var (
	// ErrTooLarge means an input passed one of the Limits.
	ErrTooLarge = errors.New("article: input too large")
	// ErrEmpty means an input held no text at all.
	ErrEmpty = errors.New("article: empty input")
	// ErrNotArticle means a page held no readable main text.
	ErrNotArticle = errors.New("article: no article found")
	// ErrBinary means an input is not text (an image, an archive...).
	ErrBinary = errors.New("article: input is not text")
)

// Limits bound the work a parse may do. A zero field means "no limit"; the
// defaults come from DefaultLimits.
type Limits struct {
	// MaxInputBytes is the largest input read, after decompression.
	MaxInputBytes int64
	// MaxDepth is the deepest element nesting walked; deeper elements are
	// flattened into their ancestor at that depth.
	MaxDepth int
	// MaxNodes is the largest number of HTML nodes parsed.
	MaxNodes int
	// MaxBlockBytes is the longest text kept in one block; longer text is
	// cut at a word boundary.
	MaxBlockBytes int
}

// DefaultLimits returns the limits a Parser uses unless told otherwise:
// 32 MiB of input, 512 levels of nesting, 2,000,000 nodes and 1 MiB of
// text per block.
func DefaultLimits() Limits {
	return Limits{
		MaxInputBytes: 32 << 20,
		MaxDepth:      512,
		MaxNodes:      2_000_000,
		MaxBlockBytes: 1 << 20,
	}
}
