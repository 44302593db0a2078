package article

import (
	"encoding/json"
	"fmt"
	"time"
)

// Precision is how much of a Date is known.
type Precision int8

// The precisions of a Date, coarsest first.
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
	PrecisionMinute
	PrecisionSecond
)

// Date is a point in time known to some Precision, with the text it was read
// from. Its JSON form is RFC 3339 cut to that precision: "2024-02-26T14:30:00+01:00"
// when the time of day is known, "2024-02-26" for a day, "2023-04" for a
// month, "2023" for a year. When the time of day is known but not its UTC
// offset (Local is true), the offset is left out: "2024-02-26T14:30:00".
type Date struct {
	Time      time.Time
	Precision Precision
	// Local reports that the time of day is a wall-clock time whose UTC
	// offset the source did not give.
	Local bool
	// Raw is the text the date was read from, as written.
	Raw string
}

// IsZero reports whether d holds no date.
func (d Date) IsZero() bool { return d.Precision == PrecisionNone || d.Time.IsZero() }

// String returns the truncated RFC 3339 form of d, or "" for a zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	switch d.Precision {
	case PrecisionYear:
		return d.Time.Format("2006")
	case PrecisionMonth:
		return d.Time.Format("2006-01")
	case PrecisionDay:
		return d.Time.Format("2006-01-02")
	}
	if d.Local {
		return d.Time.Format("2006-01-02T15:04:05")
	}
	return d.Time.Format(time.RFC3339)
}

// MarshalJSON writes the truncated RFC 3339 form of d.
func (d Date) MarshalJSON() ([]byte, error) {
	return json.Marshal(d.String())
}

// dateLayouts are the forms Date.String writes, finest first, with the
// precision each carries and whether it has an offset.
var dateLayouts = []struct {
	layout    string
	precision Precision
	local     bool
}{
	{time.RFC3339Nano, PrecisionSecond, false},
	{"2006-01-02T15:04:05", PrecisionSecond, true},
	{"2006-01-02", PrecisionDay, false},
	{"2006-01", PrecisionMonth, false},
	{"2006", PrecisionYear, false},
}

// UnmarshalJSON reads any form MarshalJSON writes. Raw is set to the string.
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("article: date: %w", err)
	}
	if s == "" {
		*d = Date{}
		return nil
	}
	for _, l := range dateLayouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		p := l.precision
		if p == PrecisionSecond && t.Second() == 0 && t.Nanosecond() == 0 {
			p = PrecisionMinute
		}
		*d = Date{Time: t, Precision: p, Local: l.local, Raw: s}
		return nil
	}
	return fmt.Errorf("article: date: %q is not a truncated RFC 3339 date", s)
}
