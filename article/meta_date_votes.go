package article

// This file weighs the publication dates one source of metadata gives
// when they disagree: the <meta> tags of a page may give its day in
// several names (article:published_time, DC.date.issued, date), and one
// stale tag (a first draft's, a template's) is outvoted by the others.

// markRepeated marks the dates added from start on as repeated when they
// are several: the dates of one tag repeated for each post of a thread.
func (dc *dateCands) markRepeated(start int) {
	if len(dc.list)-start < 2 {
		return
	}
	for i := start; i < len(dc.list); i++ {
		dc.list[i].repeated = true
	}
}

// sameRankVotes counts the publication dates of the rank of c that fall
// on its day, each given by a tag of its own.
func (dc *dateCands) sameRankVotes(c *dateCand) int {
	n := 0
	for i := range dc.list {
		o := &dc.list[i]
		if !o.modified && !o.repeated && o.rank == c.rank && credible(o.d) && sameDay(o.d, c.d) {
			n++
		}
	}
	return n
}

// betterOfRank reports whether c is a better publication date than best,
// both of the same rank: of the <meta> tags, on the day more of them give;
// else earlier or finer. A thread is not outvoted: its microdata and a
// tag repeated date each post, and the first post dates the page.
func (dc *dateCands) betterOfRank(c, best *dateCand) bool {
	if sameDay(c.d, best.d) || c.rank != rankMeta || c.repeated || best.repeated {
		return earlierOrFiner(c.d, best.d)
	}
	if vc, vb := dc.sameRankVotes(c), dc.sameRankVotes(best); vc != vb {
		return vc > vb
	}
	return earlierOrFiner(c.d, best.d)
}
