package article

import "strings"

// This file reads the list marks of other scripts in a byline: the
// ideographic comma of Chinese and Japanese ("山田太郎、鈴木花子"), the
// full-width comma and semicolon, and the Arabic comma and semicolon
// ("أحمد علي، محمد حسن"). The byline reader cuts names at the commas and
// semicolons that end a word, so these marks, written with no space
// around them, are turned into a comma and a space first. The ideographic
// comma only ever parts the items of a list, so it becomes an ampersand:
// a name after it is no dateline ("Jane Doe, Frankfurt"), as a CJK name
// of one word after a comma would be read.

// listMarks are the list marks of other scripts that separate names.
const listMarks = "、，،؛；"

// listMarkReplacer writes the list marks of other scripts as the comma or
// semicolon they stand for, followed by a space, and the ideographic
// comma as an ampersand.
var listMarkReplacer = strings.NewReplacer("、", " & ", "，", ", ", "،", ", ", "؛", "; ", "；", "; ")

// spaceListMarks returns s with its list marks of other scripts written
// ", ", "; " or " & ".
func spaceListMarks(s string) string {
	if !strings.ContainsAny(s, listMarks) {
		return s
	}
	return listMarkReplacer.Replace(s)
}

// isNameListMark reports whether r parts two names of a byline printed
// one element per name: a comma of any script, a semicolon, an ampersand
// or a plus sign.
func isNameListMark(r rune) bool {
	return strings.ContainsRune(",&;+"+listMarks, r)
}
