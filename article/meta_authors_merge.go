package article

import "strings"

// This file decides between the authors the JSON-LD gives and those the
// printed byline names when the two disagree.

// bylineWins reports whether the printed byline replaces the JSON-LD
// authors: they share no name, and the JSON-LD credits only companies,
// or only the site or account names, where the byline names a person.
func (ap authorPicker) bylineWins(ld ldArticle, structured []Author, orgs bool, printed []Author) bool {
	if len(printed) == 0 || len(structured) == 0 || sharesAuthor(structured, printed) {
		return false
	}
	if orgs {
		return true
	}
	people := make(map[string]bool)
	for _, p := range ld.authors() {
		if p.person {
			people[titleKey(p.name)] = true
		}
	}
	for _, a := range structured {
		if !ap.weakName(a.Name, people[titleKey(a.Name)]) {
			return false
		}
	}
	for _, a := range printed {
		if ap.personName(a.Name) {
			return true
		}
	}
	return false
}

// weakName reports whether a structured author's name may not be a
// person's: one word (an account name), or the site's name when the
// JSON-LD does not say it is a person's or the name reads as an
// organisation's ("British Heart Foundation", "USA TODAY").
func (ap authorPicker) weakName(name string, person bool) bool {
	if !strings.Contains(strings.TrimSpace(name), " ") {
		return true
	}
	return ap.ts != nil && ap.ts.isSite(name) && (!person || orgShaped(name))
}

// personName reports whether a printed name looks like a person's: two
// words or more that do not name the site.
func (ap authorPicker) personName(name string) bool {
	return strings.Contains(strings.TrimSpace(name), " ") && !isAgency(name) && (ap.ts == nil || !ap.ts.isSite(name))
}

// sharesAuthor reports whether a and b name someone in common, whole or
// as the first words of a name ("Jane" and "Jane Doe").
func sharesAuthor(a, b []Author) bool {
	for _, x := range a {
		kx := nameKey(x.Name)
		for _, y := range b {
			ky := nameKey(y.Name)
			if kx == ky || strings.HasPrefix(ky, kx+" ") || strings.HasPrefix(kx, ky+" ") {
				return true
			}
		}
	}
	return false
}

// cutNameLabel drops what a structured name carries after a dash or a
// bar: "Jane Doe - Editorial Team", "Jane Doe | Acme".
func cutNameLabel(name string) string {
	for _, sep := range []string{" - ", " – ", " — ", " | "} {
		if head, _, ok := strings.Cut(name, sep); ok && strings.Contains(strings.TrimSpace(head), " ") {
			return head
		}
	}
	return name
}

// inStructured returns the keys of the names of as.
func inStructured(as []Author) map[string]bool {
	keys := make(map[string]bool, len(as))
	for _, a := range as {
		keys[nameKey(a.Name)] = true
	}
	return keys
}

// onlyNamed drops from a printed byline that names all the structured
// authors the one-word names it adds beside them, but agencies: a job
// title or a link read with the names ("Jane Doe, VP", "Print"), and the
// desks and teams it names after them ("Jane Doe, Global Desk").
func onlyNamed(printed []Author, keys map[string]bool) []Author {
	out := printed[:0:0]
	for _, a := range printed {
		if keys[nameKey(a.Name)] || isAgency(a.Name) || strings.Contains(strings.TrimSpace(a.Name), " ") && !orgNamed(a.Name) {
			out = append(out, a)
		}
	}
	return out
}

// dropSiteExtras drops from the authors the names of the site that the
// structured authors do not give: the publication printed after the
// byline ("Jane Doe, Acme Daily").
func (ap authorPicker) dropSiteExtras(as, structured []Author) []Author {
	if len(structured) == 0 || ap.ts == nil {
		return as
	}
	out := as[:0:0]
	for _, a := range as {
		if containsAuthor(structured, a.Name) || isAgency(a.Name) || !ap.ts.isSite(a.Name) {
			out = append(out, a)
		}
	}
	return out
}

// hasPerson reports whether ps names a person.
func hasPerson(ps []ldPerson) bool {
	for _, p := range ps {
		if p.person {
			return true
		}
	}
	return false
}
