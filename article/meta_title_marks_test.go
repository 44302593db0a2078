package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTitleMarksInWords checks that the vowel signs of Indic scripts stay
// in their words, so that a site's name after a headline in Hindi,
// Bengali or Tamil is short enough to be cut.
func TestTitleMarksInWords(t *testing.T) {
	assert.Equal(t, "मंजूरी दी", titleKey("मंजूरी दी"))
	checkTitles(t, []titleCase{
		{"Hindi site after a bar",
			`<meta property="og:title" content="नगर परिषद ने नए बजट को मंजूरी दी | घाटी समाचार">
			<meta property="og:site_name" content="Ghati Samachar">`,
			`<p>Text.</p>`,
			"नगर परिषद ने नए बजट को मंजूरी दी"},
		{"Bengali site after a bar",
			`<meta property="og:title" content="পৌরসভা নতুন বাজেট অনুমোদন করেছে | উপত্যকা সংবাদ">`,
			`<p>Text.</p>`,
			"পৌরসভা নতুন বাজেট অনুমোদন করেছে"},
		{"Tamil site after a dash",
			`<meta property="og:title" content="நகர சபை புதிய பட்ஜெட்டை அங்கீகரித்தது - பள்ளத்தாக்கு செய்திகள்">`,
			`<p>Text.</p>`,
			"நகர சபை புதிய பட்ஜெட்டை அங்கீகரித்தது"},
	})
}
