package article

import "testing"

// TestTitleAgreement checks the reconciliation of an <h1> with a
// metadata title that it prints with a year before it, and of a metadata
// title with the site's name glued on without a separator.
func TestTitleAgreement(t *testing.T) {
	checkTitles(t, []titleCase{
		{"year before the headline is no kicker",
			`<title>2025 Software Price Guide and Hourly Rates | Acme Blog</title>
			<meta property="og:title" content="2025 Software Price Guide and Hourly Rates | Acme Blog">
			<meta property="og:site_name" content="Acme Blog">
			<script type="application/ld+json">{"@type":"BlogPosting","headline":"Software Price Guide and Hourly Rate Comparison"}</script>`,
			`<h1>2025 Software Price Guide and Hourly Rate Comparison</h1><p>Text.</p>`,
			"2025 Software Price Guide and Hourly Rate Comparison"},
		{"word kicker before the headline goes",
			`<meta property="og:title" content="Budget talks: Coalition agrees on spending plan">
			<script type="application/ld+json">{"@type":"NewsArticle","headline":"Coalition agrees on spending plan"}</script>`,
			`<h1><span>Budget</span><span>Coalition agrees on spending plan</span></h1><p>Text.</p>`,
			"Coalition agrees on spending plan"},
		{"year after the headline stays",
			`<meta property="og:title" content="Best Moving Companies in Ohio | Acme Movers">`,
			`<h1>Best Moving Companies in Ohio 2025</h1><p>Text.</p>`,
			"Best Moving Companies in Ohio 2025"},
		{"site name glued before a title",
			`<title>Online Tuition and Financing | Acme University</title>
			<meta property="og:title" content="Online Tuition and Financing | Acme University">
			<meta property="og:site_name" content="Acme University">
			<script type="application/ld+json">{"@type":"WebPage","headline":"Acme University Online Tuition and Financing"}</script>`,
			`<h1>Acme University Online Tuition Rates Kept Steady for a Decade</h1><p>Text.</p>`,
			"Online Tuition and Financing"},
	})
}
