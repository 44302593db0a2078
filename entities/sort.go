package entities

import "slices"

// sortByKey orders the row indices idx by their keys.
func sortByKey(idx []int32, keys []uint32) {
	slices.SortFunc(idx, func(a, b int32) int {
		switch {
		case keys[a] < keys[b]:
			return -1
		case keys[a] > keys[b]:
			return 1
		}
		return 0
	})
}
