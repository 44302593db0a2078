package entities

import "strings"

// A unit or a magnitude written after a number ("2.3 GB/s", "5 Gbps",
// "27K businesses", "5.2b in revenue") has capitals or digits, and the
// tagger reads it as a name (an organisation, a person): it never is one.

// unitWords are the unit symbols the tagger may take for names ("GB",
// "Gbps", "kWh"), and the magnitudes written as letters after a number
// ("27K", "5.2b", "3bn").
var unitWords = map[string]bool{
	"KB": true, "MB": true, "GB": true, "TB": true, "PB": true, "KiB": true, "MiB": true, "GiB": true, "TiB": true,
	"Kb": true, "Mb": true, "Gb": true, "Tb": true, "Kbps": true, "Mbps": true, "Gbps": true, "Tbps": true,
	"Hz": true, "kHz": true, "MHz": true, "GHz": true, "THz": true, "kW": true, "MW": true, "GW": true,
	"Wh": true, "kWh": true, "MWh": true, "GWh": true, "TWh": true, "mAh": true, "Ah": true, "dB": true,
	"W": true, "V": true, "PS": true, "HP": true, "MP": true, "fps": true,
	"k": true, "K": true, "m": true, "M": true, "b": true, "B": true, "bn": true, "Bn": true, "mn": true, "tn": true,
}

// isNumber reports whether w is a number: digits, with dots or commas
// between them.
func isNumber(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	return strings.Trim(w, "0123456789.,") == ""
}

// numberWithUnit reports whether w is a number with a unit or a magnitude
// glued to it ("27K", "5.2b", "480Mbps"). One digit and one letter is
// left alone: it names a company or a format as often ("3M", "4K").
func numberWithUnit(w string) bool {
	i := strings.IndexFunc(w, func(r rune) bool { return (r < '0' || r > '9') && r != '.' && r != ',' })
	return i > 0 && isNumber(w[:i]) && unitWords[w[i:]] && len(w) > 2
}

// unitMention reports whether m is a unit: one word glued to its number
// or, as a unit symbol, right after one (prev, the word before it when m
// is where the tagger put it, else ""), or a number and its unit symbol
// ("2 GB").
func unitMention(m mention, prev string) bool {
	switch len(m.toks) {
	case 1:
		w := m.toks[0].Text
		return numberWithUnit(w) || isNumber(prev) && unitWords[w] && len(w) > 1
	case 2:
		return isNumber(m.toks[0].Text) && unitWords[m.toks[1].Text] && len(m.toks[1].Text) > 1
	}
	return false
}

// prevAt returns prev, the word before the span whose first token is
// first, when m still starts there, else "".
func prevAt(prev string, m mention, first Token) string {
	if m.start() != first.Start {
		return ""
	}
	return prev
}

// nextAt returns the word of words at index i, after the span whose last
// token is last, when m still ends there and the sentence goes on, else "".
func nextAt(words []string, i int, m mention, last Token) string {
	if i >= len(words) || m.end() != last.End {
		return ""
	}
	return words[i]
}
