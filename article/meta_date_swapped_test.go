package article

import "testing"

// TestSwappedMetaDate checks that a numeric date of the metadata whose day
// and month can be swapped is read the way the date line prints it.
func TestSwappedMetaDate(t *testing.T) {
	checkDatePick(t, []datePickCase{
		{name: "month first on a German page",
			head:   `<html lang="de"><meta name="date" content="11/01/2023 12:43:42">`,
			header: `<p>Erstellt am: 01.11.2023</p>`, pub: "2023-11-01"},
		{name: "an ISO date is never swapped",
			head:   `<meta name="date" content="2023-01-11">`,
			header: `<p>Erstellt am: 01.11.2023</p>`, pub: "2023-01-11"},
	})
	check := func(s string, want bool) {
		if numericDayFirst(s) != want {
			t.Errorf("numericDayFirst(%q) = %v", s, !want)
		}
	}
	check("11/01/2023", true)
	check("1.11.2023", true)
	check("2023-11-01", false)
	check("", false)
	check("12", false)
}
