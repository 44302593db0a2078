package entities

import "math"

// bestPath writes to out the best label sequence for the emission scores
// em under the transition scores tr, obeying the IOB2 constraints: the
// same sequence as viterbi, found another way. The forward pass keeps only
// the best score of each label at each token, in the buffer sc; the
// backward pass then finds the best previous label of the chosen one
// alone, by the same sums and the same rule (the first best in increasing
// order), instead of keeping a back pointer for every label.
func bestPath(em [][nLabels]float32, tr *[nLabels + 1][nLabels]float32, sc [][nLabels]float32, out []int) {
	n := len(em)
	if n == 0 {
		return
	}
	sc = sc[:n]
	for k := range nLabels {
		sc[0][k] = float32(math.Inf(-1))
		if allowed(-1, k) {
			sc[0][k] = tr[nLabels][k] + em[0][k]
		}
	}
	for i := 1; i < n; i++ {
		forwardStep(&sc[i-1], tr, &em[i], &sc[i])
	}
	last, best := &sc[n-1], 0
	for k := range nLabels {
		if last[k] > last[best] {
			best = k
		}
	}
	for i := n - 1; i > 0; i-- {
		out[i] = best
		best = bestPrevious(&sc[i-1], tr, best)
	}
	out[0] = best
}

// forwardStep writes to next the best score of each label of the next
// token from those of the current one, cur, and its emissions e. Only the
// allowed previous labels are tried (a forbidden one would score -Inf):
// all before O or a B- tag (labels 0, 1, 3, 5 and 7), B-X or I-X before
// I-X.
func forwardStep(cur *[nLabels]float32, tr *[nLabels + 1][nLabels]float32, e, next *[nLabels]float32) {
	neg := float32(math.Inf(-1))
	b0, b1, b3, b5, b7 := neg, neg, neg, neg, neg
	for p := range nLabels {
		c, r := cur[p], &tr[p]
		b0 = higher(b0, c+r[0])
		b1 = higher(b1, c+r[1])
		b3 = higher(b3, c+r[3])
		b5 = higher(b5, c+r[5])
		b7 = higher(b7, c+r[7])
	}
	next[0], next[1], next[3], next[5], next[7] = b0+e[0], b1+e[1], b3+e[3], b5+e[5], b7+e[7]
	next[2] = higher(higher(neg, cur[1]+tr[1][2]), cur[2]+tr[2][2]) + e[2]
	next[4] = higher(higher(neg, cur[3]+tr[3][4]), cur[4]+tr[4][4]) + e[4]
	next[6] = higher(higher(neg, cur[5]+tr[5][6]), cur[6]+tr[6][6]) + e[6]
	next[8] = higher(higher(neg, cur[7]+tr[7][8]), cur[8]+tr[8][8]) + e[8]
}

// higher returns s when it beats best, else best.
func higher(best, s float32) float32 {
	if s > best {
		return s
	}
	return best
}

// bestPrevious returns the best label before label k given the scores
// cur of the previous token.
func bestPrevious(cur *[nLabels]float32, tr *[nLabels + 1][nLabels]float32, k int) int {
	if isInside(k) {
		_, arg := bestInside(cur, tr, k)
		return int(arg)
	}
	_, arg := bestAfterAny(cur, tr, k)
	return int(arg)
}

// bestAfterAny returns the best score of label k after any label, and
// that label: the first best in increasing order, 0 when all are -Inf.
// Unrolled: it is the inner loop of the decoder.
func bestAfterAny(cur *[nLabels]float32, tr *[nLabels + 1][nLabels]float32, k int) (float32, int8) {
	col := uint(k) % nLabels
	best, arg := float32(math.Inf(-1)), int8(0)
	if s := cur[0] + tr[0][col]; s > best {
		best, arg = s, 0
	}
	if s := cur[1] + tr[1][col]; s > best {
		best, arg = s, 1
	}
	if s := cur[2] + tr[2][col]; s > best {
		best, arg = s, 2
	}
	if s := cur[3] + tr[3][col]; s > best {
		best, arg = s, 3
	}
	if s := cur[4] + tr[4][col]; s > best {
		best, arg = s, 4
	}
	if s := cur[5] + tr[5][col]; s > best {
		best, arg = s, 5
	}
	if s := cur[6] + tr[6][col]; s > best {
		best, arg = s, 6
	}
	if s := cur[7] + tr[7][col]; s > best {
		best, arg = s, 7
	}
	if s := cur[8] + tr[8][col]; s > best {
		best, arg = s, 8
	}
	return best, arg
}

// bestInside returns the best score of the I- label k after its B- label
// (k-1) or itself, and that label (0 when both are -Inf).
func bestInside(cur *[nLabels]float32, tr *[nLabels + 1][nLabels]float32, k int) (float32, int8) {
	b, i := uint(k-1)%nLabels, uint(k)%nLabels
	best, arg := float32(math.Inf(-1)), int8(0)
	if s := cur[b] + tr[b][i]; s > best {
		best, arg = s, int8(b)
	}
	if s := cur[i] + tr[i][i]; s > best {
		best, arg = s, int8(i)
	}
	return best, arg
}
