package geo

import (
	"strings"
	"sync"
	"testing"

	"github.com/parley-events/parley/text"
)

// loadOnce shares one Gazetteer between tests; Load is what is under test
// in TestLoad and BenchmarkLoad.
var testGaz = sync.OnceValues(Load)

func gaz(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := testGaz()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return g
}

// naiveSentence tokenizes with the text package and tags capitalised
// words NNP, except listed lower-case-tag words. Tests must not depend on
// the statistical tagger's mood, so tags are given, not guessed.
func naiveSentence(s string, tags map[string]string) *text.Sentence {
	toks := text.Tokenize(s, nil)
	for i := range toks {
		w := toks[i].Text
		switch {
		case tags[w] != "":
			toks[i].Tag = tags[w]
		case functionTags[w] != "":
			toks[i].Tag = functionTags[w]
		case toks[i].Lower == "'s":
			toks[i].Tag = "POS"
		case isCapitalized(w) || articleJoined(w):
			toks[i].Tag = "NNP"
		case len(w) == 1 && !isCapitalized(w) && (w[0] < 'a' || w[0] > 'z'):
			toks[i].Tag = w
		default:
			toks[i].Tag = "NN"
		}
	}
	return &text.Sentence{Text: s, End: len(s), Tokens: toks}
}

// functionTags are the tags of common function words, so that "on" or
// "was" after a place is not read as a noun the place modifies.
var functionTags = map[string]string{
	"on": "IN", "in": "IN", "at": "IN", "of": "IN", "for": "IN", "from": "IN", "to": "TO", "with": "IN",
	"by": "IN", "near": "IN", "into": "IN", "the": "DT", "a": "DT", "an": "DT", "and": "CC", "or": "CC",
	"was": "VBD", "were": "VBD", "is": "VBZ", "are": "VBP", "said": "VBD", "met": "VBD", "held": "VBD",
}

type wantMention struct {
	text      string // mention text
	name      string // Best.Name ("" = Best must be nil)
	country   string
	precision string
	lat, lon  float64 // checked within km when km > 0
	km        float64
}

func TestMentions(t *testing.T) {
	g := gaz(t)
	tests := []struct {
		name     string
		sentence string
		tags     map[string]string
		claimed  [][2]int
		focus    map[string]float64
		want     []wantMention
	}{
		{
			// A populous region abroad does not outrank the region of
			// its name in the state the sentence names (lead, s23).
			name:     "region of a named state by demonym",
			sentence: "Cameroonian soldiers killed six separatist fighters in the Northwest region.",
			tags:     map[string]string{"Cameroonian": "JJ", "Northwest": "NNP"},
			want:     []wantMention{{text: "Northwest region", country: "CMR", precision: "admin1"}},
		},
		{
			// lead, s24: a compass word alone is no region abroad
			name:     "the South alone",
			sentence: "North Korea blew up roads linking it to the South.",
			tags:     map[string]string{"North": "NNP", "Korea": "NNP", "South": "NNP"},
			want:     []wantMention{{text: "North Korea", country: "PRK", precision: "country"}},
		},
		{
			name:     "the South alone before a comma",
			sentence: "North Korea fired rockets at the South, officials in Seoul said.",
			tags:     map[string]string{"North": "NNP", "Korea": "NNP", "South": "NNP", "Seoul": "NNP"},
			want:     []wantMention{{text: "North Korea", country: "PRK", precision: "country"}, {text: "Seoul", country: "KOR", precision: "city"}},
		},
		{
			name:     "region of a state named as an actor",
			sentence: "Fighting went on in the Northwest and Southwest regions, Cameroon's army said.",
			tags:     map[string]string{"Northwest": "NNP", "Southwest": "NNP", "Cameroon": "NNP"},
			want: []wantMention{{text: "Northwest", country: "CMR", precision: "admin1"},
				{text: "Southwest", country: "CMR", precision: "admin1"}, {text: "Cameroon", country: "CMR", precision: "country"}},
		},
		{
			// An ocean is no small town of its name in the state the
			// sentence names elsewhere (lead, s23).
			name:     "ocean with a direction",
			sentence: "Despite warnings from Washington, Beijing sent warships into the western Pacific.",
			tags:     map[string]string{"Despite": "IN", "Washington": "NNP", "Beijing": "NNP", "Pacific": "NNP"},
			want: []wantMention{{text: "Washington", country: "USA", precision: "city"}, {text: "Beijing", country: "CHN", precision: "city"},
				{text: "Pacific", name: "Pacific Ocean", precision: "region"}},
		},
		{
			// Nothing names Cameroon: the populous region still wins.
			name:     "region of no named state",
			sentence: "Unrest spread across the North West region.",
			tags:     map[string]string{"North": "NNP", "West": "NNP"},
			want:     []wantMention{{text: "North West region", country: "ZAF", precision: "admin1"}},
		},
		{
			name:     "demonym capital",
			sentence: "The meeting will take place on November 11 and 12 in the Kazakh capital.",
			tags:     map[string]string{"The": "DT", "Kazakh": "JJ", "November": "NNP"},
			want:     []wantMention{{text: "Kazakh capital", name: "Astana", country: "KAZ", precision: "city", lat: 51.18, lon: 71.45, km: 10}},
		},
		{
			name:     "unknown village west of a known town",
			sentence: "Turkish and Russian intelligence officers held a meeting at the Russian checkpoint near the village of Tarnaba, west of Saraqeb, in northwestern Syria.",
			// Saraqeb and Saraqeeb normalise alike: one alias target, once.
			tags: map[string]string{"Turkish": "JJ", "Russian": "JJ"},
			want: []wantMention{
				{text: "Tarnaba", name: "Saraqib", country: "SYR", precision: "city", lat: 35.86, lon: 36.80, km: 25},
				{text: "Saraqeb", name: "Saraqib", country: "SYR", precision: "city", lat: 35.86, lon: 36.80, km: 25},
				{text: "Syria", name: "Syria", country: "SYR", precision: "country"},
			},
		},
		{
			name:     "region word",
			sentence: "The agreements were reached in May 2017 for the Idlib region.",
			tags:     map[string]string{"The": "DT", "May": "NNP"},
			want:     []wantMention{{text: "Idlib region", name: "Idlib", country: "SYR", precision: "admin1", lat: 35.8, lon: 36.6, km: 60}},
		},
		{
			name:     "city without region word",
			sentence: "Regime forces gained control of many areas in Idlib.",
			tags:     map[string]string{"Regime": "NN"},
			want:     []wantMention{{text: "Idlib", name: "Idlib", country: "SYR", precision: "city", lat: 35.93, lon: 36.63, km: 5}},
		},
		{
			name:     "renamed capital",
			sentence: "Talks resumed in Kiev on Monday.",
			tags:     map[string]string{"Talks": "NNS", "Monday": "NNP"},
			want:     []wantMention{{text: "Kiev", name: "Kyiv", country: "UKR", precision: "city"}},
		},
		{
			name:     "Washington is the capital, not the state",
			sentence: "The delegation flew to Washington for talks.",
			tags:     map[string]string{"The": "DT"},
			want:     []wantMention{{text: "Washington", country: "USA", precision: "city", lat: 38.90, lon: -77.04, km: 10}},
		},
		{
			name:     "a demonym describing a place outweighs the larger namesake",
			sentence: "Militias clashed in Tripoli as shells hit the north Lebanese port.",
			tags:     map[string]string{"Militias": "NNS", "Lebanese": "JJ"},
			want:     []wantMention{{text: "Tripoli", name: "Tripoli", country: "LBN", precision: "city"}},
		},
		{
			name:     "a demonym describing people does not",
			sentence: "Lebanese officers met militia leaders in Tripoli.",
			tags:     map[string]string{"Lebanese": "JJ"},
			want:     []wantMention{{text: "Tripoli", name: "Tripoli", country: "LBY", precision: "city"}},
		},
		{
			name:     "a lone compass word is a direction, not the admin1 called Eastern",
			sentence: "The airliner was shot down over Eastern Ukraine.",
			tags:     map[string]string{"The": "DT", "Eastern": "JJ"},
			want:     []wantMention{{text: "Ukraine", name: "Ukraine", country: "UKR", precision: "country"}},
		},
		{
			name:     "a compass word that starts the name stays in it",
			sentence: "Rebels fled to the Eastern Cape.",
			tags:     map[string]string{"Rebels": "NNS"},
			want:     []wantMention{{text: "Eastern Cape", name: "Eastern Cape", country: "ZAF", precision: "admin1"}},
		},
		{
			name:     "Washington state",
			sentence: "Fires spread across Washington state.",
			tags:     map[string]string{"Fires": "NNS"},
			want:     []wantMention{{text: "Washington state", name: "Washington", country: "USA", precision: "admin1"}},
		},
		{
			name:     "countries are never towns",
			sentence: "Observers from Jordan, Lebanon, and Iraq were present, as were Turkey and Georgia.",
			tags:     map[string]string{"Observers": "NNS"},
			focus:    map[string]float64{"USA": 3},
			want: []wantMention{
				{text: "Jordan", name: "Jordan", country: "JOR", precision: "country"},
				{text: "Lebanon", name: "Lebanon", country: "LBN", precision: "country"},
				{text: "Iraq", name: "Iraq", country: "IRQ", precision: "country"},
				{text: "Turkey", country: "TUR", precision: "country"},
				{text: "Georgia", country: "USA", precision: "admin1"}, // the story is about the US
			},
		},
		{
			name:     "Georgia without US context is the country",
			sentence: "Protests continued in Georgia.",
			want:     []wantMention{{text: "Georgia", name: "Georgia", country: "GEO", precision: "country"}},
		},
		{
			name:     "demonyms are not places",
			sentence: "The return of Syrian refugees and Turkish troops was discussed.",
			tags:     map[string]string{"The": "DT", "Syrian": "JJ", "Turkish": "JJ"},
			want:     nil,
		},
		{
			name:     "demonym tagged NNP is still not a place",
			sentence: "Syrian officials met Lebanese officials.",
			want:     nil,
		},
		{
			name:     "explicit container",
			sentence: "An earthquake struck Bam, Iran.",
			tags:     map[string]string{"An": "DT"},
			want: []wantMention{
				{text: "Bam", name: "Bam", country: "IRN", precision: "city"},
				{text: "Iran", name: "Iran", country: "IRN", precision: "country"},
			},
		},
		{
			name:     "names of organisations are not places",
			sentence: "The Astana Process and the Washington Post reported it.",
			tags:     map[string]string{"The": "DT"},
			want:     nil,
		},
		{
			name:     "a foreign hamlet named like a village of the story's state is no place",
			sentence: "Nigeria says Boko Haram killed hundreds in Baga.",
			tags:     map[string]string{"says": "VBZ"},
			want: []wantMention{
				{text: "Nigeria", name: "Nigeria", country: "NGA", precision: "country"},
			},
		},
		{
			name:     "a village of the named state stays a place",
			sentence: "Nigeria says gunmen killed 12 people in Kankara.",
			tags:     map[string]string{"says": "VBZ"},
			want: []wantMention{
				{text: "Nigeria", name: "Nigeria", country: "NGA", precision: "country"},
				{text: "Kankara", name: "Kankara", country: "NGA", precision: "city"},
			},
		},
		{
			name:     "lines between forces are not places",
			sentence: "Troops fired across the Line of Control and the Blue Line.",
			tags:     map[string]string{"Troops": "NNS"},
			want:     nil,
		},
		{
			name:     "organisation acronyms are not places",
			sentence: "The U.N. and NATO sent observers, the UN said.",
			tags:     map[string]string{"The": "DT"},
			want:     nil,
		},
		{
			name:     "a person named like a town is not a place",
			sentence: "Obama said talks with Putin would go on.",
			tags:     map[string]string{"said": "VBD"},
			want:     nil,
		},
		{
			name:     "a place word after a country names an office",
			sentence: "The US State Department said so.",
			tags:     map[string]string{"The": "DT"},
			want:     nil,
		},
		{
			name:     "claimed spans are skipped",
			sentence: "Turkey and Russia brokered a ceasefire in Idlib.",
			claimed:  [][2]int{{0, 6}, {11, 17}},
			want:     []wantMention{{text: "Idlib", name: "Idlib", country: "SYR", precision: "city"}},
		},
		{
			name:     "transliteration variants",
			sentence: "Shelling hit Dayr az Zawr, Ar-Raqqah and Hims.",
			tags:     map[string]string{"Shelling": "NN"},
			want: []wantMention{
				{text: "Dayr az Zawr", country: "SYR", precision: "city", lat: 35.33, lon: 40.14, km: 10},
				{text: "Ar-Raqqah", country: "SYR", precision: "city", lat: 35.95, lon: 39.01, km: 10},
				{text: "Hims", name: "Homs", country: "SYR", precision: "city"},
			},
		},
		{
			name:     "admin1 container",
			sentence: "Police said the march in Atlanta, Georgia was peaceful.",
			tags:     map[string]string{"Police": "NNS", "was": "VBD"},
			want: []wantMention{
				{text: "Atlanta", name: "Atlanta", country: "USA", precision: "city"},
				{text: "Georgia", country: "USA", precision: "admin1"},
			},
		},
		{
			name:     "multi-country region",
			sentence: "Tension is rising across the Middle East.",
			tags:     map[string]string{"Tension": "NN"},
			want:     []wantMention{{text: "Middle East", name: "Middle East", precision: "region"}},
		},
		{
			name:     "continents and the Gulf are regions, not towns",
			sentence: "Leaders from Asia and a Gulf state met Congress.",
			tags:     map[string]string{"Leaders": "NNS"},
			focus:    map[string]float64{"USA": 5},
			want: []wantMention{
				{text: "Asia", name: "Asia", precision: "region"},
				{text: "Gulf state", name: "Persian Gulf", precision: "region"},
			},
		},
		{
			name:     "story focus picks the Lebanese Tripoli",
			sentence: "Clashes broke out in Tripoli overnight.",
			tags:     map[string]string{"Clashes": "NNS"},
			focus:    map[string]float64{"LBN": 4, "SYR": 1},
			want:     []wantMention{{text: "Tripoli", name: "Tripoli", country: "LBN", precision: "city"}},
		},
		{
			name:     "a passing actor country does not pull a world city abroad",
			sentence: "U.S. and Russian negotiators return to Geneva this week.",
			tags:     map[string]string{"Russian": "JJ"},
			focus:    map[string]float64{"USA": 1},
			want: []wantMention{
				{text: "U.S.", name: "United States", country: "USA", precision: "country"},
				{text: "Geneva", name: "Geneva", country: "CHE", precision: "city"},
			},
		},
		{
			name:     "a strong story focus does pull an ambiguous name",
			sentence: "Flooding closed roads in Geneva on Tuesday.",
			tags:     map[string]string{"Flooding": "NN", "Tuesday": "NNP"},
			focus:    map[string]float64{"USA": 6},
			want:     []wantMention{{text: "Geneva", name: "Geneva", country: "USA", precision: "city"}},
		},
		{
			name:     "without focus Tripoli is the Libyan capital",
			sentence: "Clashes broke out in Tripoli overnight.",
			tags:     map[string]string{"Clashes": "NNS"},
			want:     []wantMention{{text: "Tripoli", name: "Tripoli", country: "LBY", precision: "city"}},
		},
		{
			name:     "fuzzy one-vowel match with country support",
			sentence: "Shells fell on Khan Shaykhoon and Saraqiib in Syria.",
			tags:     map[string]string{"Shells": "NNS"},
			want: []wantMention{
				{text: "Khan Shaykhoon", country: "SYR", precision: "city"},
				{text: "Saraqiib", name: "Saraqib", country: "SYR", precision: "city"},
				{text: "Syria", name: "Syria", country: "SYR", precision: "country"},
			},
		},
		{
			name:     "direction before a country",
			sentence: "Clashes erupted in northwestern Syria.",
			tags:     map[string]string{"Clashes": "NNS"},
			want:     []wantMention{{text: "Syria", name: "Syria", country: "SYR", precision: "country"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := naiveSentence(tt.sentence, tt.tags)
			f := focusOf(tt.focus)
			got := g.Mentions(s, tt.claimed, f)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d mentions, want %d:\n%s", len(got), len(tt.want), dump(got))
			}
			for _, m := range got {
				seen := map[Place]bool{}
				for _, c := range m.Candidates {
					if seen[c] {
						t.Errorf("mention %q: candidate %s %s listed twice", m.Text, c.Name, c.Country)
					}
					seen[c] = true
				}
			}
			for i, w := range tt.want {
				m := got[i]
				if m.Text != w.text || tt.sentence[m.Start:m.End] != m.Text {
					t.Errorf("mention %d: text %q [%d:%d], want %q", i, m.Text, m.Start, m.End, w.text)
				}
				if m.Best == nil {
					t.Errorf("mention %q: no Best\n%s", m.Text, dump(got))
					continue
				}
				b := m.Best
				if (w.name != "" && b.Name != w.name) || b.Country != w.country || b.Precision != w.precision {
					t.Errorf("mention %q: got %s %s %s, want %s %s %s\n%s", m.Text, b.Name, b.Country, b.Precision, w.name, w.country, w.precision, dump(got))
				}
				if w.km > 0 {
					if d := distanceKm(b.Lat, b.Lon, w.lat, w.lon); d > w.km {
						t.Errorf("mention %q: %.4f,%.4f is %.1f km from %.2f,%.2f (max %.0f)", m.Text, b.Lat, b.Lon, d, w.lat, w.lon, w.km)
					}
				}
			}
		})
	}
}

func dump(ms []Mention) string {
	var b strings.Builder
	for _, m := range ms {
		b.WriteString("  " + m.Text + " -> ")
		if m.Best != nil {
			b.WriteString(m.Best.Name + " " + m.Best.Country + " " + m.Best.Precision + " " + m.Best.Feature)
		}
		b.WriteString(" (" + m.Why + ")\n")
		for i, c := range m.Candidates {
			b.WriteString("      " + c.Name + " " + c.Country + " " + c.Admin1 + " " + c.Feature + " " + c.Precision + " ")
			b.WriteString(strings.TrimRight(strings.TrimRight(strconvF(m.Scores[i]), "0"), ".") + "\n")
		}
	}
	return b.String()
}

// FuzzMentions feeds arbitrary text, tagged naively, with an arbitrary
// claimed span: Mentions must not panic and must return spans inside the
// sentence whose text is what they say.
func FuzzMentions(f *testing.F) {
	for _, s := range []string{
		"near the village of Tarnaba, west of Saraqeb, in northwestern Syria.",
		"in the Kazakh capital", "Bam, Iran", "the Idlib region", "Trinidad and Tobago and and",
		"al-Zour d'Ivoire Şanlıurfa", "\xff\xfeDeir ez-Zor", "Kazakh", "of of of the and",
		"Washington state Washington Post", "the Palestinian territories",
		"El Fasher in North Darfur", "Russia's Krasnodar Territory", "over Eastern Ukraine", "the north Lebanese port",
	} {
		f.Add(s, 0, 3)
	}
	g := gaz(f)
	f.Fuzz(func(t *testing.T, s string, c0, c1 int) {
		if len(s) > 2000 {
			return
		}
		sent := naiveSentence(s, nil)
		fc := NewFocus()
		fc.Add("USA", 1)
		ms := g.Mentions(sent, [][2]int{{c0, c1}}, fc)
		if m := Locate(sent, ms, c0, c1, c0); m != nil && m.Best == nil {
			t.Fatalf("Locate chose an unresolved mention %q", m.Text)
		}
		for _, m := range ms {
			if m.Start < 0 || m.End > len(s) || m.Start > m.End || s[m.Start:m.End] != m.Text {
				t.Fatalf("bad span %d:%d %q in %q", m.Start, m.End, m.Text, s)
			}
			if len(m.Scores) != len(m.Candidates) {
				t.Fatalf("%d scores for %d candidates", len(m.Scores), len(m.Candidates))
			}
		}
	})
}

func TestMentionsEdgeCases(t *testing.T) {
	g := gaz(t)
	if ms := g.Mentions(nil, nil, nil); ms != nil {
		t.Errorf("nil sentence: %v", ms)
	}
	if ms := g.Mentions(&text.Sentence{}, nil, nil); ms != nil {
		t.Errorf("empty sentence: %v", ms)
	}
	// A claimed span covering everything leaves nothing.
	s := naiveSentence("Aleppo and Idlib were shelled.", nil)
	if ms := g.Mentions(s, [][2]int{{0, len(s.Text)}}, nil); len(ms) != 0 {
		t.Errorf("fully claimed: %s", dump(ms))
	}
	// "and" lists are split, names with "and" are not.
	if ms := g.Mentions(s, nil, nil); len(ms) != 2 {
		t.Errorf("Aleppo and Idlib: %s", dump(ms))
	}
	s = naiveSentence("Elections were held in Trinidad and Tobago.", nil)
	if ms := g.Mentions(s, nil, nil); len(ms) != 1 || ms[0].Best == nil || ms[0].Best.Country != "TTO" {
		t.Errorf("Trinidad and Tobago: %s", dump(ms))
	}
}

func TestParseCoordAtoi(t *testing.T) {
	for in, want := range map[string]float64{"-77.0364": -77.0364, "0": 0, "12.5": 12.5, "": 0, "1.2.3": 0, "x": 0, "-0.0001": -0.0001} {
		if got := parseCoord([]byte(in)); got != want && (got-want > 1e-12 || want-got > 1e-12) {
			t.Errorf("parseCoord(%q) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[string]int{"601723": 601723, "": 0, "-5": 0, "12a": 0} {
		if got := atoi([]byte(in)); got != want {
			t.Errorf("atoi(%q) = %v, want %v", in, got, want)
		}
	}
}

// focusOf builds a story focus from country weights; nil weights give
// no focus (the sentence alone decides).
func focusOf(weights map[string]float64) *Focus {
	if weights == nil {
		return nil
	}
	f := NewFocus()
	for c, w := range weights {
		f.Add(c, w)
	}
	return f
}
