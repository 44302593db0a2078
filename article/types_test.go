package article

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestJSONFieldNames pins the JSON contract: every field of a full Article
// marshals under its documented name.
func TestJSONFieldNames(t *testing.T) {
	i := 0
	d := &Date{Time: time.Date(2024, 2, 26, 0, 0, 0, 0, time.UTC), Precision: PrecisionDay}
	a := Article{
		URL: "u", Title: "t", Standfirst: "s", Authors: []Author{{Name: "n", URL: "u", Role: "r"}},
		Published: d, Modified: d, Language: "fr", SiteName: "site", Image: "img", Tags: []string{"x"},
		Summary:  &Summary{Label: "l", Points: []string{"p"}},
		Sections: []Section{{Heading: "h", Blocks: []Block{{Kind: BlockList, Text: "t", Items: []string{"i"}, Embed: &i, Level: 2}}}},
		Embeds: []Embed{{Kind: EmbedTweet, URL: "u", Author: "a", Handle: "h", Published: d, Text: "t",
			Links: []string{"l"}, Mentions: []string{"m"}, Hashtags: []string{"h"}}},
		Quotes:   []Quote{{Text: "t", Speaker: "s", Cue: "c", Kind: QuoteDirect, Start: 1, End: 2}},
		Entities: []Entity{{Name: "n", Kind: EntityPerson, Aliases: []string{"a"}, Mentions: []Mention{{Text: "t", Start: 1, End: 2}}}},
		Text:     "body",
	}
	got := fieldNames(t, a)
	assert.Equal(t, []string{"authors", "embeds", "entities", "image", "language", "modified", "published",
		"quotes", "sections", "site_name", "standfirst", "summary", "tags", "text", "title", "url"}, got["."])
	assert.Equal(t, []string{"name", "role", "url"}, got["authors"])
	assert.Equal(t, []string{"label", "points"}, got["summary"])
	assert.Equal(t, []string{"blocks", "heading"}, got["sections"])
	assert.Equal(t, []string{"author", "handle", "hashtags", "kind", "links", "mentions", "published", "text", "url"}, got["embeds"])
	assert.Equal(t, []string{"cue", "end", "kind", "speaker", "start", "text"}, got["quotes"])
	assert.Equal(t, []string{"aliases", "kind", "mentions", "name"}, got["entities"])
}

// fieldNames marshals a and returns the sorted keys of the top object
// (under ".") and of the first element of each array or object field.
func fieldNames(t *testing.T, a Article) map[string][]string {
	b, err := json.Marshal(a)
	require.NoError(t, err)
	var top map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(b, &top))
	out := map[string][]string{".": sortedKeys(top)}
	for k, raw := range top {
		var obj map[string]json.RawMessage
		var arr []map[string]json.RawMessage
		if json.Unmarshal(raw, &obj) == nil {
			out[k] = sortedKeys(obj)
		} else if json.Unmarshal(raw, &arr) == nil && len(arr) > 0 {
			out[k] = sortedKeys(arr[0])
		}
	}
	return out
}

func sortedKeys(m map[string]json.RawMessage) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func TestEmptyArticleMarshalsToEmptyObject(t *testing.T) {
	b, err := json.Marshal(Article{})
	require.NoError(t, err)
	assert.JSONEq(t, `{}`, string(b))
}

func TestDateJSON(t *testing.T) {
	paris := time.FixedZone("", 3600)
	cases := []struct {
		d    Date
		want string
	}{
		{Date{Time: time.Date(2024, 2, 26, 14, 30, 0, 0, paris), Precision: PrecisionMinute}, `"2024-02-26T14:30:00+01:00"`},
		{Date{Time: time.Date(2024, 2, 26, 14, 30, 0, 0, time.UTC), Precision: PrecisionMinute, Local: true}, `"2024-02-26T14:30:00"`},
		{Date{Time: time.Date(2024, 2, 26, 0, 0, 0, 0, time.UTC), Precision: PrecisionDay}, `"2024-02-26"`},
		{Date{Time: time.Date(2023, 4, 1, 0, 0, 0, 0, time.UTC), Precision: PrecisionMonth}, `"2023-04"`},
		{Date{Time: time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC), Precision: PrecisionYear}, `"2023"`},
		{Date{Time: time.Date(2024, 2, 26, 14, 30, 5, 0, time.UTC), Precision: PrecisionSecond}, `"2024-02-26T14:30:05Z"`},
	}
	for _, tc := range cases {
		t.Run(tc.want, func(t *testing.T) {
			b, err := json.Marshal(tc.d)
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(b))
			var back Date
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, tc.d.Precision, back.Precision)
			assert.Equal(t, tc.d.Local, back.Local)
			assert.True(t, tc.d.Time.Equal(back.Time), "%v != %v", tc.d.Time, back.Time)
		})
	}
}

func TestDateUnmarshalRejectsOtherForms(t *testing.T) {
	var d Date
	assert.Error(t, json.Unmarshal([]byte(`"26/02/2024"`), &d))
	assert.Error(t, json.Unmarshal([]byte(`12`), &d))
}

func TestCleanText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"  a \t b\n c  ", "a b c"},
		{"in\u00adcroyable", "incroyable"},
		{"zero\u200bwidth", "zerowidth"},
		{"no\u00a0break", "no\u00a0break"},
		{"rainbow 🏳️\u200d🌈 flag", "rainbow 🏳️\u200d🌈 flag"},
		{"coder 👩\u200d💻", "coder 👩\u200d💻"},
		{"a\u200db", "ab"},
		{"e\u0301", "é"},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, CleanText(tc.in), tc.in)
	}
}
