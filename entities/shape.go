package entities

import (
	"unicode"
	"unicode/utf8"
)

// The short word shapes.
const (
	shapeLower byte = iota + 1 // xxx
	shapeTitle                 // Xxxx
	shapeUpper                 // XX
	shapeDigit                 // dd
	shapeMixed                 // iPhone, McDonald, 3G
	shapePunct                 // , ( «
)

var shortShapeNames = [...]string{"", "xxx", "Xxxx", "XX", "dd", "mixed", "punct"}

// wordShape returns the shape of w with runs collapsed ("Xx", "X.X.",
// "Xx-Xx", "d,d") and its short shape.
func wordShape(w string, buf []byte) ([]byte, byte) { return appendShape(buf[:0], w) }

// appendShape appends the shape of w (as wordShape) to buf and returns
// its short shape.
func appendShape(buf []byte, w string) ([]byte, byte) {
	base := len(buf)
	var up, low, dig, other int
	first := true
	var firstUp bool
	for _, r := range w {
		c := byte('.')
		switch {
		case unicode.IsUpper(r):
			c, up = 'X', up+1
		case unicode.IsLetter(r):
			c, low = 'x', low+1
		case unicode.IsDigit(r):
			c, dig = 'd', dig+1
		default:
			other++
			if r < utf8.RuneSelf {
				c = byte(r)
			}
		}
		if first {
			firstUp, first = c == 'X', false
		}
		if n := len(buf) - base; n == 0 || buf[len(buf)-1] != c || n > 6 {
			buf = append(buf, c)
		}
	}
	return buf, shortShape(up, low, dig, firstUp)
}

// shortShape classifies a word from its counts of letters and digits.
func shortShape(up, low, dig int, firstUp bool) byte {
	switch {
	case up+low+dig == 0:
		return shapePunct
	case dig > 0 && up+low == 0:
		return shapeDigit
	case dig > 0:
		return shapeMixed
	case up == 0:
		return shapeLower
	case low == 0:
		return shapeUpper
	case firstUp && up == 1:
		return shapeTitle
	}
	return shapeMixed
}
