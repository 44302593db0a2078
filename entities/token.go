package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word or punctuation mark of a text, with its byte offsets:
// Text == s[Start:End] for the string s it was cut from.
type Token struct {
	Text       string
	Start, End int
}

// elisions are the French words written with an apostrophe that are split
// from the word they lean on: "l'UE" is "l'" and "UE".
var elisions = map[string]bool{
	"l": true, "d": true, "j": true, "m": true, "n": true, "s": true, "t": true, "c": true,
	"qu": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true, "presqu": true,
}

// abbreviations keep their final period: "M." and "Inc." are one token.
var abbreviations = map[string]bool{
	"m": true, "mm": true, "mme": true, "mmes": true, "mlle": true, "dr": true, "pr": true, "me": true,
	"mr": true, "mrs": true, "ms": true, "st": true, "ste": true, "jr": true, "sr": true, "inc": true,
	"ltd": true, "co": true, "corp": true, "cie": true, "gen": true, "gén": true, "col": true,
	"lt": true, "sgt": true, "rep": true, "sen": true, "gov": true, "prof": true, "vs": true,
	"av": true, "bd": true, "mgr": true, "fig": true, "no": true, "vol": true, "etc": true,
}

// Tokenize cuts s into tokens the way the tagger was trained: words with
// their inner hyphens ("Jean-Luc", "États-Unis"), French elisions split
// after the apostrophe ("l'" "UE", with ' or ’), English "'s" split off,
// numbers with their separators, abbreviations with their period ("M.",
// "U.S."), handles, hashtags and URLs whole, and every other punctuation
// mark alone.
func Tokenize(s string) []Token { return appendTokens(make([]Token, 0, len(s)/5+1), s) }

// appendTokens appends the tokens of s (as Tokenize) to toks.
func appendTokens(toks []Token, s string) []Token {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace(c) {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
			i += n
			continue
		}
		end := tokenEnd(s, i)
		toks = append(toks, Token{Text: s[i:end], Start: i, End: end})
		i = end
	}
	return toks
}

// asciiSpace reports whether the ASCII character c is a space for
// unicode.IsSpace.
func asciiSpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// TokenizeWords returns the texts of Tokenize(s).
func TokenizeWords(s string) []string {
	toks := Tokenize(s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// tokenEnd returns the end of the token that starts at i.
func tokenEnd(s string, i int) int {
	r, n := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == '@' || r == '#':
		if e := wordRun(s, i+n); e > i+n {
			return e
		}
		return i + n
	case r == '\'' || r == '’':
		if e := wordRun(s, i+n); e > i+n && englishClitic(s[i+n:e]) {
			return e
		}
		return i + n
	case isWordRune(r):
		if e := urlEnd(s, i); e > i {
			return e
		}
		return wordEnd(s, i)
	}
	return i + n
}

// urlEnd returns the end of a URL starting at i, or i when there is none.
func urlEnd(s string, i int) int {
	rest := s[i:]
	if c := s[i]; c != 'h' && c != 'w' || !strings.HasPrefix(rest, "http://") && !strings.HasPrefix(rest, "https://") && !strings.HasPrefix(rest, "www.") {
		return i
	}
	e := i
	for e < len(s) {
		r, n := utf8.DecodeRuneInString(s[e:])
		if unicode.IsSpace(r) || r == '"' || r == '»' || r == '<' || r == '>' {
			break
		}
		e += n
	}
	for e > i && strings.ContainsRune(".,;:!?)]'’", rune(s[e-1])) {
		e--
	}
	return e
}

// wordRun returns the end of the letters and digits from i.
func wordRun(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !isASCIIWordByte(c) && c != '_' {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) && r != '_' {
			break
		}
		i += n
	}
	return i
}

// wordEnd returns the end of the word starting at i, applying the rules
// for hyphens, apostrophes, number separators and abbreviations.
func wordEnd(s string, i int) int {
	e := wordRun(s, i)
	for e < len(s) {
		if c := s[e]; c < utf8.RuneSelf && c != '-' && c != '&' && c != '\'' && c != '.' && c != ',' {
			return e // a space or a mark that joins nothing: no rule applies
		}
		r, n := utf8.DecodeRuneInString(s[e:])
		next, _ := utf8.DecodeRuneInString(s[e+n:])
		switch {
		case r == '-' || r == '&' && isUpperWord(s[i:e]):
			if !isWordRune(next) {
				return abbrevEnd(s, i, e)
			}
			e = wordRun(s, e+n)
		case r == '\'' || r == '’':
			return apostropheEnd(s, i, e, n)
		case (r == '.' || r == ',') && unicode.IsDigit(lastRune(s[i:e])) && unicode.IsDigit(next):
			e = wordRun(s, e+n)
		case r == '.' && isInitial(s[i:e]) && unicode.IsLetter(next):
			e = wordRun(s, e+n) // U.S
		default:
			return abbrevEnd(s, i, e)
		}
	}
	return abbrevEnd(s, i, e)
}

// apostropheEnd decides where a word followed by an apostrophe at e (of
// width n) ends: after the apostrophe for a French elision, before it for
// an English "'s" or "n't", else the apostrophe is kept inside (O'Brien).
func apostropheEnd(s string, i, e, n int) int {
	next, _ := utf8.DecodeRuneInString(s[e+n:])
	if !unicode.IsLetter(next) {
		return e
	}
	if inLower(elisions, s[i:e]) {
		return e + n
	}
	if englishClitic(s[e+n : wordRun(s, e+n)]) {
		return e
	}
	return wordEnd(s, e+n)
}

// englishClitic reports whether w is what follows the apostrophe of "UK's",
// "they're", "we've", "I'll", "I'd" or "I'm".
func englishClitic(w string) bool {
	switch w {
	case "s", "S", "re", "ve", "ll", "d", "m":
		return true
	}
	return false
}

// abbrevEnd keeps the period after a known abbreviation or an initial.
func abbrevEnd(s string, i, e int) int {
	if e >= len(s) || s[e] != '.' {
		return e
	}
	w := s[i:e]
	if e+1 == len(s) || s[e+1] == '\n' {
		return e // the period ends the text or the line
	}
	if inLower(abbreviations, w) || isInitial(w) || strings.Contains(w, ".") {
		return e + 1
	}
	return e
}

// isInitial reports whether w is one upper-case letter, or ends with
// "X" after a period (U.S).
func isInitial(w string) bool {
	r, n := utf8.DecodeLastRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	return n == len(w) || w[len(w)-n-1] == '.'
}

// isUpperWord reports whether w is made of capital letters (AT&T).
func isUpperWord(w string) bool {
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return w != ""
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// isWordRune reports whether r belongs inside a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWordByte(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isASCIIWordByte reports whether the ASCII character c is a letter or a
// digit: isWordRune without the Unicode tables.
func isASCIIWordByte(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
}
