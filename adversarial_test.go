package depeche_test

import (
	"bytes"
	"context"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	"github.com/depeche-go/depeche"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hostile builds an input of about n bytes of one hostile kind.
type hostile struct {
	name string
	make func(n int) []byte
}

var hostileInputs = []hostile{
	{"nested divs", func(n int) []byte {
		return []byte("<html><body>" + strings.Repeat("<div>", n/5) + "<p>text at the bottom</p></body></html>")
	}},
	{"attributes on one tag", func(n int) []byte {
		var b bytes.Buffer
		b.WriteString("<html><body><div")
		for i := 0; b.Len() < n; i++ {
			b.WriteString(" a")
			b.WriteString(strings.Repeat("x", i%7))
			b.WriteString(`="1"`)
		}
		b.WriteString("><p>hello</p></div></body></html>")
		return b.Bytes()
	}},
	{"one huge text node", func(n int) []byte {
		return []byte("<html><body><article><p>" + strings.Repeat("word ", n/5) + "</p></article></body></html>")
	}},
	{"random bytes", func(n int) []byte {
		r := rand.New(rand.NewPCG(uint64(n), 7))
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.UintN(256))
		}
		return b
	}},
	{"invalid UTF-8 and NUL in HTML", func(n int) []byte {
		unit := "<p>caf\xe9 \xff\xfe na\x00ve \xc3\x28 text</p>"
		return []byte("<html><body>" + strings.Repeat(unit, n/len(unit)) + "</body></html>")
	}},
	{"unclosed formatting tags", func(n int) []byte {
		return []byte("<html><body><p>" + strings.Repeat("<b><i>x", n/7) + "</p></body></html>")
	}},
	{"one giant script", func(n int) []byte {
		return []byte("<html><head><script>" + strings.Repeat("var a = 1; ", n/11) + "</script></head><body></body></html>")
	}},
	{"plain text without newlines", func(n int) []byte {
		return []byte(strings.Repeat("Une phrase sans fin ", n/20))
	}},
	{"many short lines", func(n int) []byte {
		return []byte(strings.Repeat("- x\n", n/4))
	}},
}

// allocated returns the bytes allocated by one parse of input and the
// parse's error.
func allocated(p *depeche.Parser, input []byte) (uint64, error) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := p.Parse(context.Background(), bytes.NewReader(input))
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc, err
}

// TestHostileInputsGrowLinearly parses each hostile input at two sizes and
// checks that nothing panics and that the memory allocated per input byte
// does not grow with the size: work stays linear in the input.
func TestHostileInputsGrowLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("hostile inputs take a few seconds")
	}
	p := depeche.New()
	for _, h := range hostileInputs {
		t.Run(h.name, func(t *testing.T) {
			small, large := h.make(1<<20), h.make(4<<20)
			aSmall, _ := allocated(p, small)
			aLarge, _ := allocated(p, large)
			perByteSmall := float64(aSmall) / float64(len(small))
			perByteLarge := float64(aLarge) / float64(len(large))
			t.Logf("%s: %.1f bytes allocated per input byte at 1 MiB, %.1f at 4 MiB", h.name, perByteSmall, perByteLarge)
			assert.Less(t, perByteLarge, 1.5*perByteSmall+2, "allocation per byte grows with the input")
			assert.Less(t, perByteLarge, 120.0, "more than 120 bytes allocated per input byte")
		})
	}
}

func TestEmptyAndTinyInputs(t *testing.T) {
	p := depeche.New()
	for _, in := range []string{"", " ", "\n\n", "<", "<html>", "<html></html>", "\x00", "\xef\xbb\xbf"} {
		a, err := p.Parse(context.Background(), strings.NewReader(in))
		if err == nil {
			require.NotNil(t, a)
		}
	}
	_, err := p.Parse(context.Background(), strings.NewReader(""))
	assert.ErrorIs(t, err, depeche.ErrEmpty)
}

func TestInputOverLimit(t *testing.T) {
	p := depeche.New()
	_, err := p.Parse(context.Background(), bytes.NewReader(make([]byte, 33<<20)))
	assert.ErrorIs(t, err, depeche.ErrTooLarge)
}

// TestTwentyMegabyteTextNode parses a page that is one 20 MB text node:
// it must give its text, allocating less than 1.5 GB.
func TestTwentyMegabyteTextNode(t *testing.T) {
	if testing.Short() {
		t.Skip("a 20 MB page takes a few seconds")
	}
	page := []byte("<html><body><article><p>" + strings.Repeat("word ", 4<<20) + "</p></article></body></html>")
	a, err := allocated(depeche.New(), page)
	require.NoError(t, err)
	t.Logf("%d MB allocated for a %d MB page", a>>20, len(page)>>20)
	assert.Less(t, a, uint64(1500<<20))
}
