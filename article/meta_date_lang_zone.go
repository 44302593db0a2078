package article

import (
	"strings"
	"time"
)

// This file gives the local day of a story dated only by a UTC time in its
// metadata, from the time zone of the page's language when that language
// is spoken on one clock: a Japanese story of 01:00 in Tokyo is given as
// 16:00 UTC the day before, a Brazilian one of 22:00 in São Paulo as 01:00
// UTC the day after. Languages spoken across zones ("en", "es", "fr",
// "pt", "ar") say nothing without their region ("pt-BR", "es-MX").

// zoneRule is the clock of a language or a region: its standard UTC offset
// and whether it follows the European summer time.
type zoneRule struct {
	std      time.Duration
	euSummer bool
}

// langZones are the clocks of the languages and regions spoken on one,
// keyed by lower-case tag. Facts: the offsets in use in 2024, the clock of
// the capital for Russia, Brazil, Mexico and Indonesia.
var langZones = map[string]zoneRule{
	"ja": {9 * time.Hour, false}, "ko": {9 * time.Hour, false}, "zh": {8 * time.Hour, false},
	"id": {7 * time.Hour, false}, "vi": {7 * time.Hour, false}, "th": {7 * time.Hour, false},
	"hi": {330 * time.Minute, false}, "en-in": {330 * time.Minute, false},
	"ru": {3 * time.Hour, false}, "tr": {3 * time.Hour, false},
	"uk": {2 * time.Hour, true}, "el": {2 * time.Hour, true}, "ro": {2 * time.Hour, true},
	"bg": {2 * time.Hour, true}, "fi": {2 * time.Hour, true}, "lt": {2 * time.Hour, true},
	"lv": {2 * time.Hour, true}, "et": {2 * time.Hour, true}, "en-za": {2 * time.Hour, false},
	"de": {time.Hour, true}, "it": {time.Hour, true}, "nl": {time.Hour, true}, "pl": {time.Hour, true},
	"cs": {time.Hour, true}, "sk": {time.Hour, true}, "hu": {time.Hour, true}, "hr": {time.Hour, true},
	"sl": {time.Hour, true}, "da": {time.Hour, true}, "sv": {time.Hour, true}, "nb": {time.Hour, true},
	"nn": {time.Hour, true}, "no": {time.Hour, true}, "ca": {time.Hour, true}, "es-es": {time.Hour, true},
	"fr-fr": {time.Hour, true}, "fr-be": {time.Hour, true},
	"en-gb": {0, true}, "en-ie": {0, true}, "pt-pt": {0, true},
	"pt-br": {-3 * time.Hour, false}, "es-ar": {-3 * time.Hour, false}, "es-uy": {-3 * time.Hour, false},
	"es-co": {-5 * time.Hour, false}, "es-pe": {-5 * time.Hour, false}, "es-mx": {-6 * time.Hour, false},
}

// langZone returns the clock of the language tag lang, if it has one.
func langZone(lang string) (zoneRule, bool) {
	tag := zoneTag(lang)
	if z, ok := langZones[tag]; ok {
		return z, true
	}
	primary, _, _ := strings.Cut(tag, "-")
	z, ok := langZones[primary]
	return z, ok
}

// zoneTag returns the language tag lang in lower case with hyphens, as
// langZones keys it.
func zoneTag(lang string) string {
	return strings.ToLower(strings.ReplaceAll(strings.TrimSpace(lang), "_", "-"))
}

// offsetAt returns the UTC offset of the clock z at the time t.
func (z zoneRule) offsetAt(t time.Time) time.Duration {
	if z.euSummer && euSummerTime(t) {
		return z.std + time.Hour
	}
	return z.std
}

// euSummerTime reports whether t falls in the European summer time: from
// 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday
// of October.
func euSummerTime(t time.Time) bool {
	t = t.UTC()
	return !t.Before(lastSunday(t.Year(), time.March)) && t.Before(lastSunday(t.Year(), time.October))
}

// lastSunday returns 01:00 UTC on the last Sunday of the month m of year y.
func lastSunday(y int, m time.Month) time.Time {
	d := time.Date(y, m+1, 1, 1, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
	return d.AddDate(0, 0, -int(d.Weekday()))
}

// inLangZone returns d, a UTC time the metadata alone give, on the clock
// of the page's language, when it has one and the address gives no day.
func (dc *dateCands) inLangZone(d Date) Date {
	if !isUTC(d) || dc.hasURLDay() {
		return d
	}
	z, ok := dc.zone()
	if !ok {
		return d
	}
	return inZone(d, z)
}

// inZone returns d on the clock z.
func inZone(d Date, z zoneRule) Date {
	off := z.offsetAt(d.Time)
	return Date{Time: d.Time.In(time.FixedZone("", int(off.Seconds()))), Precision: d.Precision, Raw: d.Raw}
}

// hasURLDay reports whether the page's address gives a day.
func (dc *dateCands) hasURLDay() bool {
	for _, c := range dc.list {
		if c.rank == rankURL {
			return true
		}
	}
	return false
}
