package article

// firstLDString returns the first string a JSON-LD value gives: the value
// itself, or the first element of a list that is one ("name": ["Jane
// Doe"], as some CMSs write a Person's name).
func firstLDString(v any) string {
	for _, e := range ldList(v) {
		if s := ldString(e); s != "" {
			return s
		}
	}
	return ""
}
