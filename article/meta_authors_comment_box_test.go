package article

import "testing"

// TestAuthorsCommentBox checks that the bylines of the comments under a
// short story, and of a related story, are not the story's.
func TestAuthorsCommentBox(t *testing.T) {
	body := `<h1>Le glyphosate en débat</h1><p>Le débat sur le glyphosate reprend au Parlement cette semaine.</p>`
	cases := []authorCase{
		{"byline of a comment", ``,
			body + `<div class="comments"><div class="comment"><b>Par Bruno Martin,</b> le mercredi 15 mai 2019</div><p>Une exception.</p></div>`,
			nil},
		{"byline of a related story", ``,
			body + `<div class="relatedArticle"><p><a href="/autre">Autre histoire</a></p><span class="author">Par Claire Dubois</span></div>`,
			nil},
		{"byline of the story", ``,
			body + `<p>Par Claire Dubois</p>`,
			[]string{"Claire Dubois"}},
	}
	checkAuthorCases(t, "https://www.example.fr/glyphosate", cases)
}
