package article

// Nuxt 3 writes its state in <script id="__NUXT_DATA__"> flattened by
// devalue: one JSON array whose first entry is the root, where every
// number inside an object or an array is the index of the entry it
// stands for, and ["Reactive", i] and the like wrap a value. undevalue
// rebuilds the tree, so that the walk sees objects with their title next
// to their body.

// devalueWrappers are the markers of the values devalue wraps: the
// wrapped value is at the index that follows.
var devalueWrappers = map[string]bool{
	"Reactive": true, "ShallowReactive": true, "Ref": true, "ShallowRef": true, "Object": true,
}

// devalue rebuilds one flattened state within a budget of entries.
type devalue struct {
	flat   []any
	done   map[int]any
	busy   map[int]bool
	budget int
}

// looksDevalued reports whether v has the shape of a devalue array: an
// array whose first entry is an object of indexes or a wrapper.
func looksDevalued(v any) ([]any, bool) {
	arr, ok := v.([]any)
	if !ok || len(arr) < 2 {
		return nil, false
	}
	switch root := arr[0].(type) {
	case map[string]any:
		for _, f := range root {
			if _, ok := f.(float64); !ok {
				return nil, false
			}
		}
		return arr, len(root) > 0
	case []any:
		s, _ := firstOf(root).(string)
		return arr, devalueWrappers[s]
	}
	return nil, false
}

// undevalue returns the tree that flat stands for.
func undevalue(flat []any, budget int) any {
	d := &devalue{flat: flat, done: map[int]any{}, busy: map[int]bool{}, budget: budget}
	return d.entry(0, 0)
}

// entry rebuilds the entry at index i.
func (d *devalue) entry(i, depth int) any {
	if i < 0 || i >= len(d.flat) || d.busy[i] || d.budget <= 0 || depth > maxPayloadDepth {
		return nil
	}
	if v, ok := d.done[i]; ok {
		return v
	}
	d.budget--
	d.busy[i] = true
	v := d.value(d.flat[i], depth)
	d.busy[i] = false
	d.done[i] = v
	return v
}

// value rebuilds one entry.
func (d *devalue) value(v any, depth int) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, f := range x {
			out[k] = d.ref(f, depth)
		}
		return out
	case []any:
		if s, ok := firstOf(x).(string); ok {
			if devalueWrappers[s] && len(x) == 2 {
				return d.ref(x[1], depth)
			}
			return nil // a Date, Set, Map or other special value
		}
		out := make([]any, len(x))
		for k, f := range x {
			out[k] = d.ref(f, depth)
		}
		return out
	}
	return v
}

// ref rebuilds the entry that the index f points at.
func (d *devalue) ref(f any, depth int) any {
	if n, ok := f.(float64); ok && n == float64(int(n)) {
		return d.entry(int(n), depth+1)
	}
	return nil
}

// firstOf returns the first entry of arr, or nil.
func firstOf(arr []any) any {
	if len(arr) == 0 {
		return nil
	}
	return arr[0]
}
