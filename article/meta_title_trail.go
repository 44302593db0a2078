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
	for _, step := range strings.Split(t[:i], trailSeparator) {
		if w := len(strings.Fields(titleKey(step))); w == 0 || w > maxTrailStepWords || w >= n {
			return t
		}
	}
	return last
}
