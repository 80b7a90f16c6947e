package eval

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// gsrFixture has the CoNLL-U flavour's quirks: a '#' banner outside any
// comment with a tag-like "<EventCoding...>" in it, a self-closing
// <Sentence …/> closed later, a stray '&', an empty <Text> with a parse,
// and a six-digit date.
const gsrFixture = `<?xml version='1.0' encoding='utf-8'?>
<Validation>
######################
#   then the addition of <EventCoding...> records & more
######################
<Sentences>
<Sentence category="AFP" date="20080804" id="A1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="USA" targetcode="CHN" />
<Text>
The stopover came as the   US leader
prepared to attend AT&T's &quot;Olympics&quot;.
</Text>
<Parse>
1	The	the	DET	DT	_	2	det	_	_
</Parse></Sentence>

<Sentence category="AFP" date="121108" id="A2" evaluate="true"/>
<!-- PATTERN * TALKS   [046:046]     # HOLD-->
<EventCoding eventcode="046" sourcecode="LBNGOV" targetcode="USAMIL" />
<EventCoding eventcode="046" sourcecode="USAMIL" targetcode="LBNGOV" />
<Text>
Lebanon held talks with US officers.
</Text>
</Sentence>
<Sentence category="OTHER" date="20150101" id="A3" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="NGAREB" targetcode="NGAMUS" />
<Text>
</Text>
<Parse>
1	Boko	Boko	PROPN	NNP	_	2	name	_	_
2	Haram	Haram	PROPN	NNP	_	3	nsubj	_	_
3	attacked	attack	VERB	VBD	_	0	root	_	SpaceAfter=No
4	.	.	PUNCT	.	_	3	punct	_	_
</Parse></Sentence>
<Sentence category="AFP" date="20080806" id="A4" evaluate="true">
<!-- Discard event  on "1994" -->
<EventCoding noevents="True" />
<Text>Nothing happened.</Text>
</Sentence>
</Sentences>
</Validation>
`

// validateFixture has the validation file's quirks: a banner comment that a
// nested "<!-- … -->" closes early (so a "<Sentence …>" in it must stay
// hidden and the leaked rest is '#' lines), evaluate="false", spaces around
// '=', single-quoted values holding double quotes, error records, and a
// record whose </Text> is missing.
const validateFixture = `<Validation>
<!--
#   Use <Sentence ... evaluate="false"> to bypass, but add a comment in <!-- ... --> explaining why
#   it is bypassed.
-->
<Sentences>
<Sentence category="DEMO" date="19950101" id="DEMO-01" evaluate="true">
<EventCoding eventcode="050" sourcecode="ARN" targetcode="GON" />
<Text>Arnor restored ties with Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="DEMO-02" category="DEMO" sentence="true" evaluate="false">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Skipped one.</Text>
</Sentence>
<Sentence date="19950101" id="Q-1" category="X">
<EventCoding noevents = "True"> </EventCoding>
<Text>No events here.</Text>
</Sentence>
<Sentence date="19950101" id="Q-2" category="X">
<EventCoding sourcecode='"THE MINISTRY"' targetcode="GON" eventcode="040"></EventCoding>
<Text>Quoted actor.</Text>
</Sentence>
<Sentence date="19950101" id="E-1" category="ERR">
<EventCoding error="storydiscard" />
<Text>Sports story.</Text>
</Sentence>
<Sentence date="19950101" id="T-1" category="X">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="010"></EventCoding>
<Text>Text never closed
<Parse>
(ROOT (S (NP (NNP Arnor)) (VP (VBD said)) (. .)))
</Parse>
</Sentence>
<Sentence date="bad" id="T-2">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="010"></EventCoding>
<Text>Last one, cut short`

func TestReadPetrarchGSR(t *testing.T) {
	recs, err := ReadPetrarch(strings.NewReader(gsrFixture), "gsr.xml")
	if err != nil {
		t.Fatal(err)
	}
	want := []Record{
		{Format: FormatPetrarch, File: "gsr.xml", ID: "A1", Date: "2008-08-04", Category: "AFP",
			Text: `The stopover came as the US leader prepared to attend AT&T's "Olympics".`,
			Gold: []GoldEvent{{Source: "USA", Target: "CHN", Code: "042"}}},
		{Format: FormatPetrarch, File: "gsr.xml", ID: "A2", Date: "2012-11-08", Category: "AFP",
			Text: "Lebanon held talks with US officers.",
			Gold: []GoldEvent{{Source: "LBNGOV", Target: "USAMIL", Code: "046"}, {Source: "USAMIL", Target: "LBNGOV", Code: "046"}}},
		{Format: FormatPetrarch, File: "gsr.xml", ID: "A3", Date: "2015-01-01", Category: "OTHER",
			Text: "Boko Haram attacked.",
			Gold: []GoldEvent{{Source: "NGAREB", Target: "NGAMUS", Code: "190"}}},
		{Format: FormatPetrarch, File: "gsr.xml", ID: "A4", Date: "2008-08-06", Category: "AFP",
			Text: "Nothing happened.", NoEvent: true},
	}
	if !reflect.DeepEqual(recs, want) {
		t.Errorf("got\n%#v\nwant\n%#v", recs, want)
	}
}

func TestReadPetrarchValidate(t *testing.T) {
	recs, err := ReadPetrarch(strings.NewReader(validateFixture), "v.xml")
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		ID, Date, Text  string
		Skip, NoEvent   bool
		Error           string
		Gold            []GoldEvent
		SkipReasonEmpty bool
	}
	var got []row
	for _, r := range recs {
		got = append(got, row{r.ID, r.Date, r.Text, r.Skip, r.NoEvent, r.Error, r.Gold, r.SkipReason == ""})
	}
	want := []row{
		{"DEMO-01", "1995-01-01", "Arnor restored ties with Gondor.", false, false, "", []GoldEvent{{"ARN", "GON", "050", ""}}, true},
		{"DEMO-02", "1995-01-01", "Skipped one.", true, false, "", []GoldEvent{{"ARN", "GON", "064", ""}}, false},
		{"Q-1", "1995-01-01", "No events here.", false, true, "", nil, true},
		{"Q-2", "1995-01-01", "Quoted actor.", false, false, "", []GoldEvent{{`"THE MINISTRY"`, "GON", "040", ""}}, true},
		{"E-1", "1995-01-01", "Sports story.", false, true, "storydiscard", nil, true},
		{"T-1", "1995-01-01", "Text never closed", false, false, "", []GoldEvent{{"ARN", "GON", "010", ""}}, true},
		// Cut off at the end of the file: its gold may be incomplete.
		{"T-2", "", "Last one, cut short", true, false, "", []GoldEvent{{"ARN", "GON", "010", ""}}, false},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%+v\nwant\n%+v", got, want)
	}
}

func TestReadPetrarchHostile(t *testing.T) {
	for name, in := range map[string]string{
		"empty":           "",
		"lone lt":         "<",
		"open comment":    "<Sentence id='x'><!-- never closed",
		"open tag":        `<Sentence id="x" date="20010101`,
		"open quote":      "<Sentence id=\"x\ndate=1>\n<Text>hi</Text>",
		"bad utf8":        "<Sentence id=\"\xff\"><EventCoding sourcecode=\"A\xfe\" targetcode=\"B\" eventcode=\"01\"/><Text>caf\xe9</Text>",
		"entities":        "<Sentence id='e'><Text>&#0; &#xD800; &#1114112; &#65; &amp &unknown; &#x41;</Text></Sentence>",
		"nested sent":     "<Sentence id='a'><Sentence id='b'><Text>t</Text>",
		"closing only":    "</Sentence></Text></Parse>",
		"text in parse":   "<Sentence id='a'><Parse><Text>x</Text></Parse></Sentence>",
		"tag no close lt": "<Sentence id='a'<Text>t</Text>",
	} {
		t.Run(name, func(t *testing.T) {
			recs, err := ReadPetrarch(strings.NewReader(in), name)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range recs {
				if !utf8.ValidString(r.Text) || !utf8.ValidString(r.ID) {
					t.Errorf("invalid UTF-8 in %+v", r)
				}
			}
		})
	}
}

func TestDecodeEntities(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a &amp; b", "a & b"},
		{"AT&T", "AT&T"},
		{"&lt;x&gt; &quot;q&quot; &apos;", `<x> "q" '`},
		{"&#65;&#x42;", "AB"},
		{"&#0;&#xD800;", "&#0;&#xD800;"},
		{"trailing &", "trailing &"},
		{"&verylongentityname;", "&verylongentityname;"},
	}
	for _, tc := range tests {
		if got := decodeEntities(tc.in); got != tc.want {
			t.Errorf("decodeEntities(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCompactDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"20080804", "2008-08-04"},
		{"950101", "1995-01-01"},
		{"000101", "2000-01-01"},
		{"121108", "2012-11-08"},
		{"20081332", ""},
		{"2008080", ""},
		{"2008-08-04", ""},
		{"", ""},
	}
	for _, tc := range tests {
		if got := compactDate(tc.in); got != tc.want {
			t.Errorf("compactDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzReadPetrarch(f *testing.F) {
	f.Add(gsrFixture)
	f.Add(validateFixture)
	f.Add("<Sentence id='a' date=\"19950101\"/><EventCoding noevents = 'True'/><Text>x &amp; y</Text></Sentence>")
	f.Add("<!-- <!-- --> <Sentence")
	f.Fuzz(func(t *testing.T, in string) {
		recs, err := ReadPetrarch(strings.NewReader(in), "fuzz")
		if err != nil {
			t.Fatal(err) // in-memory input never fails to read
		}
		for _, r := range recs {
			if !utf8.ValidString(r.Text) || !utf8.ValidString(r.ID) || !utf8.ValidString(r.Category) {
				t.Fatalf("invalid UTF-8 in %+v", r)
			}
			if r.Date != "" && !validDate(r.Date) {
				t.Fatalf("bad date %q", r.Date)
			}
			if r.Text != normSpace(r.Text) {
				t.Fatalf("text not normalised: %q", r.Text)
			}
			if !r.Skip && len(r.Gold) == 0 && !r.NoEvent {
				t.Fatalf("scored record without gold: %+v", r)
			}
		}
	})
}

// TestReadPetrarchCutOff checks that a file cut off inside its last record
// still yields the complete records unchanged, and that the cut-off one is
// not scored but named by Warnings, while lenient endings (a record closed
// by </Sentences>, a "</Sentence" that lost only its '>') are not flagged.
func TestReadPetrarchCutOff(t *testing.T) {
	const head = `<Validation><Sentences>
<Sentence id="K1" date="20100304">
<EventCoding sourcecode="PER" targetcode="CHL" eventcode="036"/>
<Text>Peru offered talks to Chile.</Text>
</Sentence>
`
	complete := Record{Format: FormatPetrarch, File: "t.xml", ID: "K1", Date: "2010-03-04",
		Text: "Peru offered talks to Chile.", Gold: []GoldEvent{{Source: "PER", Target: "CHL", Code: "036"}}}
	second := `<Sentence id="K2" date="20100305">
<EventCoding sourcecode="CHL" targetcode="PER" eventcode="111"/>
<EventCoding sourcecode="CHL" targetcode="BOL" eventcode="111"/>
<Text>Chile criticised Peru and Bolivia.</Text>
<Parse>(ROOT (S (NP (NNP Chile))))</Parse>
</Sentence>`
	cut := func(marker string) string { return head + second[:strings.Index(second, marker)] }
	tests := []struct {
		name, in string
		cutID    string // "" when nothing is cut off
	}{
		{"in the opening tag", head + `<Sentence id="K2" da`, "K2"},
		{"in a coding", cut(`targetcode="BOL"`), "K2"},
		{"between codings", cut(`<EventCoding sourcecode="CHL" targetcode="BOL"`), "K2"},
		{"in the text", cut(`and Bolivia`), "K2"},
		{"in the parse", cut(`(NNP Chile)`), "K2"},
		{"before </Sentence>", cut(`</Sentence>`), "K2"},
		{"no id", head + `<Sentence date="20100305"><Text>Chile criticised`, "t.xml#2"},
		{"only '>' lost", head + strings.TrimSuffix(second, ">"), ""},
		{"closed by </Sentences>", head + strings.TrimSuffix(second, "</Sentence>") + "</Sentences></Validation>", ""},
		{"whole", head + second + "\n</Sentences></Validation>", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			recs, err := ReadPetrarch(strings.NewReader(tc.in), "t.xml")
			if err != nil {
				t.Fatal(err)
			}
			if len(recs) != 2 || !reflect.DeepEqual(recs[0], complete) {
				t.Fatalf("got %d records %+v, want the complete K1 first and one more", len(recs), recs)
			}
			warns := Warnings(recs)
			if tc.cutID == "" {
				if recs[1].Skip || len(warns) != 0 {
					t.Errorf("complete K2 flagged: %+v, warnings %q", recs[1], warns)
				}
				return
			}
			if !recs[1].Skip || recs[1].SkipReason != SkipCutOff || recs[1].ID != tc.cutID {
				t.Errorf("cut-off record = %+v, want ID %q skipped as %q", recs[1], tc.cutID, SkipCutOff)
			}
			if len(warns) != 1 || !strings.Contains(warns[0], "t.xml: ") || !strings.Contains(warns[0], `"`+tc.cutID+`"`) {
				t.Errorf("warnings = %q, want one naming t.xml and %q", warns, tc.cutID)
			}
		})
	}
}
