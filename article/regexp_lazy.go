package article

import (
	"regexp"
	"sync"
)

// lazyRegexp returns a function that compiles pattern on its first call
// and returns the same compiled expression afterwards. The expressions of
// embedded posts and tweets are needed by few pages; compiling them when
// the package loads cost a run of the command over one page more than
// reading it.
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
