package errkind

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"testing"

	"github.com/depeche-go/depeche/article"
	"github.com/stretchr/testify/assert"
)

func TestOf(t *testing.T) {
	_, notFound := os.Open("/no/such/file")
	var syntax error = json.Unmarshal([]byte("{"), new(any))
	cases := []struct {
		err  error
		want string
	}{
		{fmt.Errorf("page: %w", article.ErrTooLarge), "too_large"},
		{article.ErrEmpty, "empty"},
		{article.ErrBinary, "binary"},
		{article.ErrNotArticle, "not_article"},
		{notFound, "not_found"},
		{context.Canceled, "canceled"},
		{syntax, "json"},
		{errors.New("boom"), "other"},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, Of(tc.err), tc.err.Error())
	}
	assert.True(t, Canceled(fmt.Errorf("x: %w", context.DeadlineExceeded)))
	assert.False(t, Canceled(article.ErrEmpty))
}
