package article

import "strings"

// findAnswers turns the answers of an interview into spans: paragraphs
// that start with a dash, in a run of such paragraphs where questions
// (ending with "?") alternate with answers.
func (d *qdoc) findAnswers() {
	for u := 0; u < len(d.units); {
		v := u
		for v < len(d.units) && d.dashUnit(v) {
			v++
		}
		if v > u {
			d.addAnswers(u, v)
			u = v
			continue
		}
		u++
	}
}

// dashUnit reports whether unit u is a paragraph that starts with a dash.
func (d *qdoc) dashUnit(u int) bool {
	un := d.units[u]
	if !un.para || un.t1-un.t0 < 3 {
		return false
	}
	r := d.firstRune(un.t0)
	return (r == '—' || r == '–' || r == '-') && !d.toks[un.t0].word && !strings.Contains(d.text[un.start:un.end], "(@")
}

// question reports whether unit u ends with a question mark.
func (d *qdoc) question(u int) bool {
	return strings.HasSuffix(strings.TrimRight(d.text[d.units[u].start:d.units[u].end], " \u00a0\u202f»”\""), "?")
}

// addAnswers adds the answers of the dash paragraphs [u, v) when they hold
// both questions and answers.
func (d *qdoc) addAnswers(u, v int) {
	questions := 0
	for k := u; k < v; k++ {
		if d.question(k) {
			questions++
		}
	}
	if questions == 0 || questions == v-u {
		return
	}
	for k := u; k < v; k++ {
		if !d.question(k) {
			d.addAnswer(k)
		}
	}
}

// addAnswer makes the words of unit u after its dash one quotation,
// replacing the spans inside it.
func (d *qdoc) addAnswer(u int) {
	un := d.units[u]
	for i := range d.spans {
		if d.spans[i].unit == u {
			d.clearSpan(i)
		}
	}
	start, end := trimQuoteSpace(d.text, d.toks[un.t0].end, un.end)
	if end <= start {
		return
	}
	d.spans = append(d.spans, qspan{unit: u, open: un.t0, close: -1, start: start, end: end, prev: -1, dash: true, who: -1})
	for t := un.t0 + 1; t < un.t1; t++ {
		d.spanOf[t] = int32(len(d.spans))
	}
}

// interviewee returns the person an interview's answers in unit u come
// from: the last person named before the run of dash paragraphs, outside
// quotations and not as its author ("par", "by").
func (d *qdoc) interviewee(u int) (string, int) {
	for u > 0 && d.dashUnit(u-1) {
		u--
	}
	d.readContext(u)
	before := d.mentionBefore(d.units[u].start)
	for k := len(before) - 1; k >= 0; k-- {
		m := int(before[k])
		if mm := d.mentions[m]; mm.person && !mm.inQuote && !byAuthor(d.lowAt(mm.h0-1)) {
			return d.names.name(d, m), m
		}
	}
	return "", -1
}

func byAuthor(w string) bool { return w == "par" || w == "by" }
