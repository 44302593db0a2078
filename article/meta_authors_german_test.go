package article

import "testing"

// TestAuthorsGermanBylines checks the German and French byline phrases of
// blogs and news sites, the interview label, the credits cut after a
// no-break space and the bare bylines wrapped in inline elements.
func TestAuthorsGermanBylines(t *testing.T) {
	body := `<p>Die Stadt plant ihre Parks langfristig, und der Haushalt folgt den Plänen, die sie macht.</p>`
	cases := []authorCase{
		{"posting verb", ``,
			`<h1>Parks für die Stadt</h1><div class="meta">Erstellt von Anna Weber</div>` + body,
			[]string{"Anna Weber"}},
		{"the kind of text before von", ``,
			`<h1>Parks für die Stadt</h1><p>3. März 2024</p><p>Eine Kolumne von Nils Berger</p>` + body,
			[]string{"Nils Berger"}},
		{"interview label with its colon", ``,
			`<h1>Parks für die Stadt</h1><p class="intro">Eine Stadtplanerin erklärt die Parks.</p><p>Interview: Julia Lauter</p>` + body,
			[]string{"Julia Lauter"}},
		{"the line of names beside an interview tag", ``,
			`<h1>Parks für die Stadt</h1><p>Anna Weber</p><p>22. Februar 2020</p><ul><li>Interview</li><li>Literatur</li></ul>` + body,
			[]string{"Anna Weber"}},
		{"interview alone is a tag", ``,
			`<h1>Parks für die Stadt</h1><p>Interview</p><p>Literatur</p>` + body,
			nil},
		{"illustration credit after a no-break space", ``,
			`<h1>Parks für die Stadt</h1>` + body + `<p><em>Text von Christian Berg &nbsp;Illustration von Markus Roth</em></p>`,
			[]string{"Christian Berg"}},
		{"bare byline in italics", ``,
			`<div><p><i>von Daniela Obers</i></p><h2>Grenzen setzen</h2></div>` + body,
			[]string{"Daniela Obers"}},
		{"bare byline in a spaced list item", ``,
			`<ul class="meta">
			  <li>
			    <i class="icon"></i>
			    <span class="label">
			      von Alexander Rosen
			    </span>
			  </li>
			</ul>` + body,
			[]string{"Alexander Rosen"}},
	}
	checkAuthorCases(t, "https://www.example.de/parks", cases)
}

// TestAuthorsDatedLine checks a byline printed on the date's line, with
// no byline class: the date, a separator, then the names.
func TestAuthorsDatedLine(t *testing.T) {
	body := `<p>Die Stadt plant ihre Parks langfristig, und der Haushalt folgt den Plänen, die sie macht.</p>`
	cases := []authorCase{
		{"date, dash, name", ``,
			`<h1>Parks für die Stadt</h1><p class="text-muted">11.12.2019 - Amelie Loevenich</p>` + body,
			[]string{"Amelie Loevenich"}},
		{"date, time and name above the headline", ``,
			`<div><small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small><h1>Parks für die Stadt</h1></div>` + body,
			[]string{"Uta Helkenberg"}},
		{"one name after von", ``,
			`<h1>Parks für die Stadt</h1><h2>Stadt</h2><span>06.11.2023 13:30 von Olga</span>` + body,
			[]string{"Olga"}},
		{"one word without von is a section", ``,
			`<h1>Parks für die Stadt</h1><span>06.11.2023 - Politik</span>` + body,
			nil},
		{"words the page writes in lower case", ``,
			`<h1>Parks für die Stadt</h1><span>06.11.2023 - Grüne Parks</span>` +
				`<p>Mehr grüne Parks für alle, und die parks bleiben grüne Orte.</p>` + body,
			nil},
	}
	checkAuthorCases(t, "https://www.example.de/parks", cases)
}

// TestAuthorsAccounts checks the account names of blogs: marked by the
// hAtom classes, after a byline word in their own element, set off by a
// separator, or named by the one explicit byline of the page.
func TestAuthorsAccounts(t *testing.T) {
	body := `<p>Cities plan their parks for the long run, and their budgets follow the plans they make.</p>`
	cases := []authorCase{
		{"hAtom author in lower case", ``,
			`<h1>Parks for the long run</h1><p>November 26, 2017</p><p><span class="byline"><span class="author vcard"><a class="url fn n" href="/u/">tlow</a></span></span></p>` + body,
			[]string{"tlow"}},
		{"hAtom author after its byline word", ``,
			`<div><h3>Parks</h3><h4 class="vcard author">von <span class="fn">zahlenfee</span></h4></div>` + body,
			[]string{"zahlenfee"}},
		{"byline word after a separator", ``,
			`<h1>Parks for the long run</h1><div><span>December 10, 2019</span><span>· von</span><a href="/u/">parkfan1984</a><span>· in</span><a>Uncategorized</a></div>` + body,
			[]string{"parkfan1984"}},
		{"time after an at sign", ``,
			`<h2>Parks</h2><div><span class="category">Posted by Konstantin</span></div>` + body + `<p>Posted by Konstantin @ 12:00 am</p>`,
			[]string{"Konstantin"}},
		{"account named by the one explicit byline", ``,
			`<div><small>Verfasst von: <strong>parkfreundin</strong> | 31. Dezember 2008</small><h2>Parks</h2></div>` + body,
			[]string{"parkfreundin"}},
		{"a placeholder in search help", ``,
			`<dl><dt>author: <i>username</i></dt><dd>find submissions by "username"</dd></dl>` + body,
			nil},
	}
	checkAuthorCases(t, "https://www.example.org/post", cases)
}

// TestAuthorsNotNames checks texts that the byline reader must not take
// for names: a title with a colon, a language switch, and an employer
// after a name that is the site itself.
func TestAuthorsNotNames(t *testing.T) {
	body := `<p>Cities plan their parks for the long run, and their budgets follow the plans they make.</p>`
	cases := []authorCase{
		{"a title after text:", ``,
			`<h1>Parks for the long run</h1>` + body + `<div class="share"><p>Text: Mein Motto: Fazit, Erkenntnisse und meine Pläne</p></div>`,
			nil},
		{"language switch", ``,
			`<div><ul><li>DE</li><li>EN</li></ul><h1>Parks for the long run</h1></div>` + body,
			nil},
		{"the site in capitals after the name", `<meta property="og:site_name" content="PNN">`,
			`<h1>Parks for the long run</h1><p>By Rob Picheta, PNN</p>` + body,
			[]string{"Rob Picheta"}},
		{"a credential stays", ``,
			`<h1>Parks for the long run</h1><p>By Rob Picheta, PhD</p>` + body,
			[]string{"Rob Picheta, PhD"}},
		{"a registered credential stays", `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Rob Picheta, CEPF®"}}</script>`,
			`<h1>Parks for the long run</h1>` + body,
			[]string{"Rob Picheta, CEPF®"}},
	}
	checkAuthorCases(t, "https://www.example.org/post", cases)
}

// TestAuthorsStructuredCompleted checks the structured author that the
// printed byline completes or outranks: a first name alone, and an
// association named by its legal form.
func TestAuthorsStructuredCompleted(t *testing.T) {
	body := `<p>Die Stadt plant ihre Parks langfristig, und der Haushalt folgt den Plänen, die sie macht.</p>`
	ld := func(name string) string {
		return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Parks für die Stadt","author":{"@type":"Person","name":"` + name + `"}}</script>`
	}
	cases := []authorCase{
		{"a first name completed", ld("Nils"),
			`<h1>Parks für die Stadt</h1><p>3. März 2024</p><p>Von Nils Berger</p>` + body,
			[]string{"Nils Berger"}},
		{"a rank is no surname", ld("Linc"),
			`<h1>Parks für die Stadt</h1><div class="AuthorWrap"><a class="Username">Linc</a> <span class="Rank">Admin</span></div>` + body,
			[]string{"Linc"}},
		{"an association yields to the printed writer", `<meta name="author" content="Hanns-Seidel-Stiftung e.V.">`,
			`<h1>Parks für die Stadt</h1>` + body + body + body + `<p><strong>Autorin: Uta Staschewski, Projektleiterin.</strong></p>`,
			[]string{"Uta Staschewski"}},
	}
	checkAuthorCases(t, "https://www.example.de/parks", cases)
}

// TestAuthorsPersonSite checks the personal site named after its writer
// when no source names anyone: the name must start with a common first
// name and be spelled by the host.
func TestAuthorsPersonSite(t *testing.T) {
	body := `<h1>Go ahead, self-host Postgres</h1><p>Cities plan their parks for the long run, and their budgets follow the plans they make.</p>`
	checkAuthorCases(t, "https://pierce.dev/notes/postgres", []authorCase{
		{"the site is its writer's name", `<title>Go ahead, self-host Postgres | Pierce Freeman</title>`, body, []string{"Pierce Freeman"}},
		{"an honorific dropped", `<title>Postgres – Dr. Pierce Freeman</title>`, body, []string{"Pierce Freeman"}},
	})
	checkAuthorCases(t, "https://www.tom-garden.net/notes/postgres", []authorCase{
		{"host words run together", `<title>Postgres | Tom Garden</title>`, body, []string{"Tom Garden"}},
	})
	checkAuthorCases(t, "https://azure.microsoft.com/functions", []authorCase{
		{"a product is no person", `<title>Functions | Microsoft Azure</title>`, body, nil},
	})
	checkAuthorCases(t, "https://www.example.org/post", []authorCase{
		{"a host that does not spell it", `<title>Postgres | Pierce Freeman</title>`, body, nil},
	})
}
