package entities

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// ReadBracket reads sentences annotated inline, one a line: entities are
// written "[TYPE words]" with TYPE in PER, ORG, LOC, MISC; lines starting
// with "#" and blank lines are skipped. The text is cut with Tokenize and
// tagged in IOB2. A malformed line is an error giving its number.
func ReadBracket(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		s, err := ParseBracket(line)
		if err != nil {
			return out, fmt.Errorf("entities: line %d: %w", n, err)
		}
		out = append(out, s)
	}
	return out, sc.Err()
}

// ParseBracket tokenizes and tags one annotated sentence.
func ParseBracket(line string) (Sentence, error) {
	text, spans, err := unbracket(line)
	if err != nil {
		return Sentence{}, err
	}
	toks := splitAtSpans(Tokenize(text), spans)
	s := Sentence{Tokens: make([]string, len(toks)), Tags: make([]string, len(toks))}
	for i, t := range toks {
		s.Tokens[i], s.Tags[i] = t.Text, "O"
	}
	for _, sp := range spans {
		if err := tagSpan(s, toks, sp); err != nil {
			return s, err
		}
	}
	return s, nil
}

// byteSpan is an entity of an unbracketed line, in byte offsets.
type byteSpan struct {
	start, end int
	typ        string
}

// unbracket removes the annotations of line, returning the plain text and
// the entity spans in it.
func unbracket(line string) (string, []byteSpan, error) {
	var b strings.Builder
	var spans []byteSpan
	for {
		i := strings.Index(line, "[")
		if i < 0 {
			b.WriteString(line)
			return b.String(), spans, nil
		}
		b.WriteString(line[:i])
		typ, rest, ok := strings.Cut(line[i+1:], " ")
		j := strings.Index(rest, "]")
		if !ok || j < 0 || !validType(typ) || strings.Contains(rest[:j], "[") {
			return "", nil, fmt.Errorf("malformed annotation at %q", clip(line[i:]))
		}
		start := b.Len()
		b.WriteString(rest[:j])
		spans = append(spans, byteSpan{start, b.Len(), typ})
		line = rest[j+1:]
	}
}

func validType(t string) bool {
	return t == TypePER || t == TypeORG || t == TypeLOC || t == TypeMISC
}

func clip(s string) string {
	if len(s) > 30 {
		return s[:30]
	}
	return s
}

// tagSpan tags the tokens of sp; its edges must fall on token edges.
func tagSpan(s Sentence, toks []Token, sp byteSpan) error {
	first := true
	for i, t := range toks {
		if t.End <= sp.start || t.Start >= sp.end {
			continue
		}
		if t.Start < sp.start || t.End > sp.end {
			return fmt.Errorf("entity %q cuts the token %q", s.Tokens[i], t.Text)
		}
		if first {
			s.Tags[i], first = "B-"+sp.typ, false
		} else {
			s.Tags[i] = "I-" + sp.typ
		}
	}
	return nil
}

// splitAtSpans cuts the tokens that straddle an entity edge ("Ltd." in
// "[ORG Post Office Ltd].") at that edge.
func splitAtSpans(toks []Token, spans []byteSpan) []Token {
	out := make([]Token, 0, len(toks))
	for _, t := range toks {
		for _, sp := range spans {
			for _, edge := range [2]int{sp.start, sp.end} {
				if t.Start < edge && edge < t.End {
					out = append(out, Token{Text: t.Text[:edge-t.Start], Start: t.Start, End: edge})
					t = Token{Text: t.Text[edge-t.Start:], Start: edge, End: t.End}
				}
			}
		}
		out = append(out, t)
	}
	return out
}
