package article

import "strings"

// Forum software prints a card beside each post: the poster's name, then
// their rank and statistics ("Posts: 4,032", "Joined: Jun 2016",
// "Location: Leeds"). The statistics are the card's, not what the poster
// wrote; on a forum page a paragraph that is one of them is left out.

// posterStats are the labels of a poster's statistics, lower case, and
// what their value is.
var posterStats = map[string]statValue{
	"posts": statNumber, "messages": statNumber, "reaction score": statNumber,
	"points": statNumber, "reputation": statNumber, "likes": statNumber,
	"likes received": statNumber, "trophy points": statNumber, "karma": statNumber,
	"joined": statShort, "join date": statShort, "registered": statShort,
	"member since": statShort, "location": statShort, "from": statShort,
	"messages postés": statNumber, "inscrit": statShort, "inscription": statShort,
	"localisation": statShort,
}

// statValue is the kind of value a poster's statistic has.
type statValue uint8

const (
	statNumber statValue = iota // a count: "Posts: 4,032"
	statShort                   // a date or a place: "Joined: Jun 2016"
)

// maxStatValue is the longest value, in bytes, of a poster's statistic.
const maxStatValue = 32

// posterStatLine reports whether paragraph s is a poster's statistic: a
// label alone (its value set apart, or dropped as a counter or a date),
// or a label, a colon and a value of its kind.
func posterStatLine(s string) bool {
	label, value, colon := strings.Cut(s, ":")
	kind, ok := posterStats[strings.ToLower(strings.TrimSpace(label))]
	switch {
	case !ok:
		return false
	case !colon:
		return true
	}
	value = strings.TrimSpace(value)
	if kind == statNumber {
		return countLine(value)
	}
	return value != "" && len(value) <= maxStatValue && !strings.ContainsAny(value, ".!?")
}
