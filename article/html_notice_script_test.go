package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestScriptNotices(t *testing.T) {
	for _, s := range []string{
		"This slideshow requires JavaScript.",
		"Aktivieren Sie JavaScript um das Video zu sehen.",
		"Diese E-Mail-Adresse ist gegen Spambots geschützt! JavaScript muss aktiviert werden, damit sie angezeigt werden kann.",
		"This email address is being protected from spambots. You need JavaScript enabled to view it.",
		"Veuillez activer JavaScript pour voir cette vidéo.",
	} {
		assert.True(t, creditOrNotice(&foldedLine{text: s}), s)
	}
	for _, s := range []string{
		"JavaScript was 2.9x faster than Swift in the benchmark.",
		"Dragging JavaScript URLs to the address bar could load them.",
		"The course covers HTML, CSS and JavaScript in twelve weeks.",
	} {
		assert.False(t, creditOrNotice(&foldedLine{text: s}), s)
	}
}
