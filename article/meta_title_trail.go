package article

import "strings"

// A page title written as a breadcrumb trail ("Blog Archive » Title",
// "News » Sport » Title") leads to the page through its sections; what
// the trail ends with is the page's own title.

// trailSeparator sets off the steps of a breadcrumb trail.
const trailSeparator = " » "

// maxTrailStepWords is the most words of a section in a breadcrumb trail.
const maxTrailStepWords = 3

// cutTrail returns the last step of a breadcrumb trail t when every step
// before it is a short section name and the last is longer than each;
// else t.
func cutTrail(t string) string {
	i := strings.LastIndex(t, trailSeparator)
	if i <= 0 {
		return t
	}
	last := strings.TrimSpace(t[i+len(trailSeparator):])
	n := len(strings.Fields(titleKey(last)))
	if !shortSteps(strings.Split(t[:i], trailSeparator), min(maxTrailStepWords, n-1)) {
		return t
	}
	return last
}

// shortSteps reports whether every one of steps, the sections of a
// breadcrumb trail or a section chain, has from one to maxWords words.
func shortSteps(steps []string, maxWords int) bool {
	for _, s := range steps {
		if w := len(strings.Fields(titleKey(s))); w == 0 || w > maxWords {
			return false
		}
	}
	return true
}
