package article

import "strings"

// This file reads the Japanese byline printed whole in brackets, after
// the headline or at the end of the lead: "（山田太郎記者）", "【ワシントン＝山田太郎】",
// "（ソウル＝佐藤花子、鈴木一郎）": the place of the report and an equals sign,
// or the job after the name, tell it from a note in brackets.

// cjkBrackets are the bracket pairs a Japanese byline is printed in.
var cjkBrackets = [][2]string{{"（", "）"}, {"【", "】"}, {"(", ")"}}

// cjkJapaneseJobs are the jobs written after a name in a Japanese byline,
// longest first.
var cjkJapaneseJobs = []string{"編集委員", "特派員", "記者"}

// cjkBracketByline returns the names of s when it is a whole bracketed
// Japanese byline, else nil.
func cjkBracketByline(s string) []Author {
	inner, ok := bracketed(s)
	if !ok {
		return nil
	}
	marked := false
	if _, after, found := strings.Cut(inner, "＝"); found {
		inner, marked = after, true
	}
	if rest, found := cutAnySuffix(inner, cjkJapaneseJobs); found {
		inner, marked = rest, true
	}
	if !marked {
		return nil
	}
	return cjkNames(inner)
}

// bracketed returns what s holds inside the one pair of cjkBrackets that
// encloses it whole, and whether one does.
func bracketed(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) > maxCJKByline {
		return "", false
	}
	for _, b := range cjkBrackets {
		inner, ok := strings.CutPrefix(s, b[0])
		if !ok {
			continue
		}
		if inner, ok = strings.CutSuffix(inner, b[1]); ok && inner != "" &&
			!strings.Contains(inner, b[0]) && !strings.Contains(inner, b[1]) {
			return strings.TrimSpace(inner), true
		}
	}
	return "", false
}
