package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestIntlDateLabels checks the labels that tell a publication from an
// update in the languages of news sites the development sets lack: Polish,
// Dutch and Greek labels, and the Japanese and Chinese labels printed
// after the date.
func TestIntlDateLabels(t *testing.T) {
	cases := []dateLabelCase{
		{"pl", "Data aktualizacji: 14.03.2020 Data publikacji: 12.03.2020", "2020-03-12", "2020-03-14"},
		{"nl", "Aangepast op 14 maart 2020 12 maart 2020", "2020-03-12", "2020-03-14"},
		{"el", "Ενημερώθηκε 14/03/2020 Δημοσιεύθηκε 12/03/2020", "2020-03-12", "2020-03-14"},
		{"ja", "2020/03/14 15:00更新 2020/03/12 14:35配信", "2020-03-12T14:35:00", "2020-03-14T15:00:00"},
		{"ja", "2020年3月12日 14時35分配信 2020年3月14日 15時00分更新", "2020-03-12T14:35:00", "2020-03-14T15:00:00"},
		{"ja", "更新 2020/03/14 15:00 公開 2020/03/12 14:35", "2020-03-12T14:35:00", "2020-03-14T15:00:00"},
		{"zh", "更新时间：2020-03-14 15:00 发布时间：2020-03-12 14:35", "2020-03-12T14:35:00", "2020-03-14T15:00:00"},
	}
	checkDateLabels(t, cases)
}

// TestSuffixLabel checks which texts after a date are its label.
func TestSuffixLabel(t *testing.T) {
	cases := []struct {
		after        string
		modified, ok bool
	}{
		{"配信", false, true},
		{"更新 2020/03/12 14:35配信", true, true},
		{" 更新", true, true},
		{" 公開 2020/03/12", false, false},
		{" 发布时间：2020-03-12", false, false},
		{" 12 comments", false, false},
	}
	for _, tc := range cases {
		modified, ok := suffixLabel(tc.after)
		assert.Equal(t, tc.ok, ok, tc.after)
		assert.Equal(t, tc.modified, modified, tc.after)
	}
}

// TestMoreDateLabels checks the update labels of German ("Letzte
// Aktualisierung", "bearbeitet am") and the labels of Slovenian, Estonian
// and Latvian pages.
func TestMoreDateLabels(t *testing.T) {
	cases := []dateLabelCase{
		{"de", "Veröffentlicht: 12.03.2020 Letzte Aktualisierung: 14.03.2020", "2020-03-12", "2020-03-14"},
		{"de", "Erstellt am 12.03.2020, bearbeitet am 14.03.2020", "2020-03-12", "2020-03-14"},
		{"sl", "Objavljeno 12. marca 2020, posodobljeno 14. marca 2020", "2020-03-12", "2020-03-14"},
		{"et", "Uuendatud 14.03.2020 Avaldatud 12.03.2020", "2020-03-12", "2020-03-14"},
		{"lv", "Atjaunots 14.03.2020 Publicēts 12.03.2020", "2020-03-12", "2020-03-14"},
	}
	checkDateLabels(t, cases)
}

// dateLabelCase is a date line of a page in the language lang, with the
// publication and update dates it must give.
type dateLabelCase struct{ lang, line, pub, mod string }

// checkDateLabels checks the dates of the date line of each case.
func checkDateLabels(t *testing.T, cases []dateLabelCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.lang+" "+tc.line, func(t *testing.T) {
			page := datePage(tc.lang, "", `<div class="meta">`+tc.line+`</div>`, "", nil)
			a, _ := parseHTMLString(t, page, "")
			if assert.NotNil(t, a.Published) && assert.NotNil(t, a.Modified) {
				assert.Equal(t, tc.pub, a.Published.String())
				assert.Equal(t, tc.mod, a.Modified.String())
			}
		})
	}
}
