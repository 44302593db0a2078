package entities

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"strconv"
	"strings"
)

// maxSentence bounds the sentences cut from files without sentence breaks.
const maxSentence = 120

// ReadCoNLL reads a CoNLL-style file, gzip-compressed or not: one token a
// line with its tag in the last column (columns "index token tag" or
// "token tag", separated by tabs or spaces), a blank line between
// sentences, "#" comment lines skipped. Tags may be IOB1, IOB2 or IO; they
// are returned in IOB2. A file without blank lines is cut into sentences
// after sentence-final punctuation.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	br := bufio.NewReader(r)
	if head, _ := br.Peek(2); bytes.Equal(head, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, err
		}
		defer zr.Close()
		br = bufio.NewReader(zr)
	}
	return readCoNLLLines(br)
}

func readCoNLLLines(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	breaks := false
	flush := func() {
		if len(cur.Tokens) > 0 {
			ToIOB2(cur.Tags)
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			breaks = true
			flush()
			continue
		}
		if tok, tag, ok := conllFields(line); ok {
			cur.Tokens = append(cur.Tokens, tok)
			cur.Tags = append(cur.Tags, tag)
		}
	}
	flush()
	if !breaks && len(out) == 1 {
		out = splitSentences(out[0])
	}
	return out, sc.Err()
}

// conllFields returns the token and tag of a CoNLL line.
func conllFields(line string) (string, string, bool) {
	if strings.HasPrefix(line, "#") && !strings.HasPrefix(line, "#\t") && !strings.HasPrefix(line, "# ") {
		return "", "", false
	}
	f := strings.Fields(line)
	switch {
	case len(f) >= 3:
		if _, err := strconv.Atoi(f[0]); err == nil {
			return f[1], f[len(f)-1], true
		}
		return f[0], f[len(f)-1], true
	case len(f) == 2:
		return f[0], f[1], true
	}
	return "", "", false
}

// splitSentences cuts a long token run after ".", "!" and "?" (and at
// maxSentence tokens), keeping entities whole.
func splitSentences(s Sentence) []Sentence {
	var out []Sentence
	start := 0
	for i, t := range s.Tokens {
		end := i + 1
		final := t == "." || t == "!" || t == "?"
		long := end-start >= maxSentence && (end == len(s.Tokens) || !strings.HasPrefix(s.Tags[end], "I-"))
		if (final || long) && s.Tags[i] == "O" || long {
			out = append(out, Sentence{Tokens: s.Tokens[start:end], Tags: s.Tags[start:end]})
			start = end
		}
	}
	if start < len(s.Tokens) {
		out = append(out, Sentence{Tokens: s.Tokens[start:], Tags: s.Tags[start:]})
	}
	for _, x := range out {
		ToIOB2(x.Tags)
	}
	return out
}
