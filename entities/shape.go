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
// its short shape. ASCII characters take their shape from asciiShapes.
func appendShape(buf []byte, w string) ([]byte, byte) {
	var up, low, dig, n int // n: the length of the shape so far
	var last byte
	for i := 0; i < len(w); {
		var c byte
		if b := w[i]; b < utf8.RuneSelf {
			c, i = asciiShapes[b], i+1
		} else {
			r, size := utf8.DecodeRuneInString(w[i:])
			c, i = shapeChar(r), i+size
		}
		switch c {
		case 'X':
			up++
		case 'x':
			low++
		case 'd':
			dig++
		}
		if n == 0 || last != c || n > 6 {
			buf = append(buf, c)
			last, n = c, n+1
		}
	}
	return buf, shortShape(up, low, dig, n > 0 && buf[len(buf)-n] == 'X')
}

// asciiShapes holds shapeChar of each ASCII character.
var asciiShapes = func() (t [utf8.RuneSelf]byte) {
	for r := range rune(utf8.RuneSelf) {
		t[r] = shapeChar(r)
	}
	return t
}()

// shapeChar returns the character that stands for r in a shape: X for a
// capital, x for another letter, d for a digit, the character itself for
// other ASCII and a period for the rest.
func shapeChar(r rune) byte {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case 'A' <= r && r <= 'Z':
			return 'X'
		case 'a' <= r && r <= 'z':
			return 'x'
		case '0' <= r && r <= '9':
			return 'd'
		}
		return byte(r)
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return '.'
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
