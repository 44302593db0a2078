package article

import "testing"

// TestTitleDashSentence checks that the part after a dash that goes on the
// headline's sentence (starting in small letters, or with a longer word
// in small letters, or with a short one that English Title Case would not
// leave small) stays, while a Title Case label or a single word is still
// cut.
func TestTitleDashSentence(t *testing.T) {
	checkTitles(t, []titleCase{
		{"question after a dash",
			`<title>Renting or Buying a Bike – which costs less? | Acme Blog</title>
			<meta property="og:title" content="Renting or Buying a Bike – which costs less?">`,
			`<h1>Renting or Buying a Bike – which costs less?</h1><p>Text.</p>`,
			"Renting or Buying a Bike – which costs less?"},
		{"German continuation after a dash",
			`<meta property="og:title" content="Den Garten winterfest machen – so gelingt es">`,
			`<h1>Den Garten winterfest machen – so gelingt es</h1><p>Text.</p>`,
			"Den Garten winterfest machen – so gelingt es"},
		{"a longer word in small letters",
			`<meta property="og:title" content="Quiet Streets Return to the Old Town – Neighbours rejoice">`,
			`<h1>Quiet Streets Return to the Old Town – Neighbours rejoice</h1><p>Text.</p>`,
			"Quiet Streets Return to the Old Town – Neighbours rejoice"},
		{"German continuation of nouns and short small words",
			`<meta property="og:title" content="Neue Radwege für die Altstadt – Pläne für den Sommer">`,
			`<h1>Neue Radwege für die Altstadt – Pläne für den Sommer</h1><p>Text.</p>`,
			"Neue Radwege für die Altstadt – Pläne für den Sommer"},
		{"Portuguese continuation with a short small word",
			`<meta property="og:title" content="Novo Parque Abre na Zona Norte – Festa no Sábado">`,
			`<h1>Novo Parque Abre na Zona Norte – Festa no Sábado</h1><p>Text.</p>`,
			"Novo Parque Abre na Zona Norte – Festa no Sábado"},
		{"Title Case label with short small words still cut",
			`<meta property="og:title" content="Local Movers in Paris - Tips and Help">`,
			`<h1>Local Movers in Paris - Tips and Help</h1><p>Text.</p>`,
			"Local Movers in Paris"},
		{"Spanish label with a name's particle still cut",
			`<meta property="og:title" content="Cómo hacer una tarta de manzana casera – Recetas de Cocina">`,
			`<h1>Cómo hacer una tarta de manzana casera – Recetas de Cocina</h1><p>Text.</p>`,
			"Cómo hacer una tarta de manzana casera"},
		{"Title Case label still cut",
			`<meta property="og:title" content="Gym Workouts for Beginners — Strength Training">`,
			`<h1>Gym Workouts for Beginners — Strength Training</h1><p>Text.</p>`,
			"Gym Workouts for Beginners"},
		{"single word in small letters still cut",
			`<meta property="og:title" content="Leather Jacket for Autumn Days - black">`,
			`<h1>Leather Jacket for Autumn Days - black</h1><p>Text.</p>`,
			"Leather Jacket for Autumn Days"},
	})
}
