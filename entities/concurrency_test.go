package entities

import (
	"os"
	"sync"
	"testing"

	"github.com/depeche-go/depeche/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRecognizeConcurrent checks that one Recognizer gives the same
// entities when used from several goroutines at once (its buffers are
// per call).
func TestRecognizeConcurrent(t *testing.T) {
	data, err := os.ReadFile("../testdata/mistral-large-fr.txt")
	require.NoError(t, err)
	r := New()
	a := &article.Article{Text: string(data)}
	want, err := r.Recognize(a)
	require.NoError(t, err)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 3 {
				got, err := r.Recognize(a)
				assert.NoError(t, err)
				assert.Equal(t, want, got)
			}
		})
	}
	wg.Wait()
}
