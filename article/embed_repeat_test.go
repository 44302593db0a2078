package article

import "testing"

func TestRepeatedEmbeds(t *testing.T) {
	runEmbedCases(t, []embedCase{
		{name: "pasted address before the embed code", html: `<div class="embed_cont"><div class="embed_options">https://twitter.com/lejournal/status/1522000000000000001</div>` +
			`<blockquote class="twitter-tweet"><p lang="fr">La cour a rejeté le recours ce matin.</p>&mdash; Le Journal (@lejournal) <a href="https://twitter.com/lejournal/status/1522000000000000001?ref_src=twsrc%5Etfw">5 mai 2022</a></blockquote></div>`,
			want:      Embed{Kind: EmbedTweet, URL: "https://twitter.com/lejournal/status/1522000000000000001", Author: "Le Journal", Handle: "lejournal", Text: "La cour a rejeté le recours ce matin."},
			published: "2022-05-05"},
		{name: "one player per screen size", html: `<div class="player"><video class="desktop" src="https://cdn.example.net/clip.mp4"></video><video class="mobile" src="https://cdn.example.net/clip.mp4"></video></div>`,
			want: Embed{Kind: EmbedVideo, URL: "https://cdn.example.net/clip.mp4"}},
	})
}
