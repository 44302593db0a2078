package article

import "testing"

// TestVendorMetaNames checks the <meta> names that give a publication
// date in a vendor's or a site's own words, and those that do not.
func TestVendorMetaNames(t *testing.T) {
	checkDatePick(t, []datePickCase{
		{name: "shareaholic",
			head: `<meta name="shareaholic:article_published_time" content="2020-03-05T14:30:00+01:00">`,
			pub:  "2020-03-05T14:30:00+01:00"},
		{name: "a site's prefix",
			head: `<meta name="zdf:publicationDate" content="2020-03-05T14:30:00+01:00">`,
			pub:  "2020-03-05T14:30:00+01:00"},
		{name: "dashed",
			head: `<meta name="vr:published-time" content="05.03.2020 14:30">`,
			pub:  "2020-03-05T14:30:00"},
		{name: "Dublin Core with a colon",
			head: `<meta property="dcterms:created" content="2020-03-05">`,
			pub:  "2020-03-05"},
		{name: "unix seconds",
			head: `<meta itemprop="acquia_lift:published_date" content="1583418600">`,
			pub:  "2020-03-05T14:30:00Z"},
		{name: "the last publication is an update",
			head: `<meta property="lastPublishedDate" content="2020-03-05T14:30:00Z">`},
		{name: "a withdrawal",
			head: `<meta name="article:unpublish_date" content="2020-03-05">`},
		{name: "another's date",
			head: `<meta name="recommended_pubdate" content="2020-03-05">`},
	})
}

// TestParselyPageDate checks the publication date of Parse.ly's JSON page
// tag.
func TestParselyPageDate(t *testing.T) {
	checkDatePick(t, []datePickCase{
		{name: "pub_date",
			head: `<meta name="parsely-page" content='{"title": "A headline of some length", "pub_date": "2020-03-05T14:30:00Z"}'>`,
			pub:  "2020-03-05T14:30:00Z"},
		{name: "broken JSON",
			head: `<meta name="parsely-page" content='{"pub_date": "2020-03-05T14:30:00Z"'>`},
	})
}

// TestJSONLDDateArray checks a JSON-LD date given as an array.
func TestJSONLDDateArray(t *testing.T) {
	checkDatePick(t, []datePickCase{
		{name: "array",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"A headline of some length",` +
				`"datePublished":["2020-03-05T14:30:00+03:00"],"dateModified":[{"@value":"2020-03-06T10:00:00+03:00"}]}</script>`,
			pub: "2020-03-05T14:30:00+03:00", mod: "2020-03-06T10:00:00+03:00"},
	})
}

// TestJSONLDTypeAddress checks a JSON-LD type written as its schema.org
// address: the posting's date is the article's, not the page's.
func TestJSONLDTypeAddress(t *testing.T) {
	checkDatePick(t, []datePickCase{
		{name: "https address",
			head: `<script type="application/ld+json">{"@graph":[` +
				`{"@type":"WebPage","datePublished":"2020-03-01T09:00:00+01:00"},` +
				`{"@type":"https://schema.org/BlogPosting","datePublished":"2020-03-05T14:30:00+01:00"}]}</script>`,
			pub: "2020-03-05T14:30:00+01:00"},
	})
}

// TestCompactMetaDate checks a date and time written as 14 digits in a
// <meta> tag, and numbers of 14 digits that are none.
func TestCompactMetaDate(t *testing.T) {
	checkDatePick(t, []datePickCase{
		{name: "compact", head: `<meta name="pubdate" content="20200305143000">`, pub: "2020-03-05T14:30:00"},
		{name: "seconds", head: `<meta name="pubdate" content="20200305143012">`, pub: "2020-03-05T14:30:12"},
		{name: "no month 13", head: `<meta name="pubdate" content="20201305143000">`},
		{name: "an id", head: `<meta name="pubdate" content="98765432101234">`},
	})
}
