package article

import "strings"

// This file completes a page's language with the country of its address
// when the language alone is spoken across time zones: a page in "es"
// under .ar is read on the clock of Argentina, one in "en" under .in on
// the clock of India (meta_date_lang_zone.go).

// tldRegion returns the country code of the top-level domain of the
// address u, lower case ("ar" for https://www.example.com.ar/x), or "".
// The domain .uk is the region gb.
func tldRegion(u string) string {
	labels := hostLabels(u)
	if len(labels) < 2 {
		return ""
	}
	tld := strings.ToLower(labels[len(labels)-1])
	if len(tld) != 2 || !isASCIILetters(tld) {
		return ""
	}
	if tld == "uk" {
		return "gb"
	}
	return tld
}

// zone returns the clock of the page: that of its language and region
// when the language tag names no region and the address's country has a
// clock for that language, else that of its language tag.
func (dc *dateCands) zone() (zoneRule, bool) {
	tag := zoneTag(dc.lang)
	if dc.region != "" && tag != "" && !strings.Contains(tag, "-") {
		if z, ok := langZones[tag+"-"+dc.region]; ok {
			return z, true
		}
	}
	return langZone(dc.lang)
}
