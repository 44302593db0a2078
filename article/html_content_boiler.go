package article

// minHeadlineParas is how many prose runs the element that holds the
// headline must have to win over a larger one inside boilerplate.
const minHeadlineParas = 3

// headlineOverBoiler reports whether clean, the best element outside
// boilerplate, holds the headline (or is the page's main or article
// element) and minHeadlineParas paragraphs while best lies inside a
// boilerplate region (a comment thread under the article): however long
// the thread, the article is the part the headline heads.
func (s *pageStats) headlineOverBoiler(clean, best int) bool {
	c := &s.infos[clean]
	return c.flags&infoLandmark != 0 && c.paras >= minHeadlineParas && s.insideBoiler(best)
}

// insideBoiler reports whether an ancestor of infos[i] is boilerplate.
func (s *pageStats) insideBoiler(i int) bool {
	for j := 0; j < i; {
		if !s.contains(j, i) {
			j = int(s.infos[j].end)
			continue
		}
		if s.infos[j].flags&infoBoiler != 0 {
			return true
		}
		j++
	}
	return false
}
