package depeche

import "github.com/depeche-go/depeche/article"

// The errors a parse returns, for errors.Is; they are the article
// package's own.
var (
	ErrTooLarge   = article.ErrTooLarge
	ErrEmpty      = article.ErrEmpty
	ErrNotArticle = article.ErrNotArticle
	ErrBinary     = article.ErrBinary
)
