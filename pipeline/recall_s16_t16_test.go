package pipeline

import (
	"testing"

	"github.com/parley-events/parley/event"
)

// TestS16T16QuotedFirstPersonTarget: "us" or "our" as the object of an act
// told in a speaker's own words is the speaker's side, the speaker the
// quotation (or a trailing ", X said") is attributed to.
func TestS16T16QuotedFirstPersonTarget(t *testing.T) {
	p := newTestPipeline(t)
	cases := []sideCase{
		{"quoted us", `"Moscow has accused us of sabotage," Estonia's foreign minister told reporters.`, "1123", "RUS", "EST"},
		{"quoted us, threat", `"The Americans have threatened us with military action," Venezuela's foreign minister said.`, "13", "USA", "VEN"},
		{"quoted us, present", `"Turkey is threatening us with war," the Greek prime minister said on Tuesday.`, "13", "TUR", "GRC"},
		{"quoted us, adverb after", `"The Chinese delegation criticised us harshly," the US secretary of state told reporters in Anchorage.`, "111", "CHN", "USA"},
		{"our + sector of no state", `"Beijing has imposed sanctions on our companies," a Lithuanian minister said.`, "163", "CHN", "LTU"},
		{"our + officials", `"Washington has expelled our diplomats without reason," a Russian foreign ministry spokeswoman said.`, "16", "USA", "RUS"},
		{"our + thing, not the place of the telling", `"Russian troops are shelling our cities," Ukraine's foreign minister told reporters in Brussels.`, "19", "RUS", "UKR"},
		{"inverted attribution", `"Iran has imposed sanctions on our companies," said a Lithuanian minister.`, "163", "IRN", "LTU"},
		{"unquoted, trailing attribution", `Russia accused us of provocations, a Ukrainian minister said of Moscow's remarks on the Donbas.`, "1123", "RUS", "UKR"},
		{"domestic", `"Police arrested us at the checkpoint," a Kenyan protester said in Nairobi.`, "173", "KEN", "KEN"},
		// must not: a named target stays; "them" is someone else; no
		// attribution, or a speaker of no known state, gives nothing.
		{"named target stays", `"Russia has attacked Ukraine's cities," the Polish president said.`, "19", "RUS", "!POL"},
		{"them is not the speaker", `"Turkey is threatening them with war," the Greek prime minister said.`, "13", "TUR", "!GRC"},
		{"no attribution", `Russia accused us of provocations.`, "1123", "RUS", ""},
		{"speaker of no state", `"Turkey is threatening us with war," the prime minister said.`, "13", "TUR", ""},
		{"our after another verb", `"Moscow has accused Kyiv of shelling our villages," the Belarusian envoy said.`, "1123", "RUS", "UKR"},
	}
	checkSides(t, p, cases)
	// The speaker's own act keeps no target from "our".
	for _, text := range []string{
		`"We will defend our borders against any attack," the Greek prime minister said.`,
	} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if hasCountry(e.Source, "GRC") && hasCountry(e.Target, "GRC") {
				t.Errorf("%q: the speaker's own act is aimed at the speaker: %s", text, describe([]event.Event{e}))
			}
		}
	}
}

// TestS16T16CountBeforeDemonym: a spelled-out count opening a sentence,
// which taggers read as a name ("Nineteen/NNP Afghan/NNP"), is no given
// name that makes the demonym after it a surname.
func TestS16T16CountBeforeDemonym(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"count + demonym, passive", "Nineteen Afghan refugees were detained by Iranian border police near Zahedan.", "173", "IRN", "AFG"},
		{"count + demonym, deported", "Sixteen Afghan migrants were deported by Turkish authorities.", "174", "TUR", "AFG"},
		{"count + demonym, navy", "Seven Thai fishermen were arrested by the Indonesian navy off Natuna.", "173", "IDN", "THA"},
		{"count that tags JJ still works", "Twelve Syrian migrants were arrested by Greek police.", "173", "GRC", "SYR"},
	})
}

// TestS16T16BigCityOverSeat: a city of half a million that GeoNames
// leaves unranked beats a smaller county seat of its name abroad, so the
// place gives the right state to the sides it fills; a state capital a
// fifth its size still wins.
func TestS16T16BigCityOverSeat(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"Vancouver, British Columbia", "Police in Vancouver arrested two Chinese nationals suspected of money laundering.", "173", "CAN", "CHN"},
		{"Vancouver, a nominalised arrest", "Beijing protested the arrest of a Chinese tech executive in Vancouver.", "173", "CAN", "CHN"},
		// must not: Salem, Oregon, a state capital, stays American.
		{"Salem, Oregon stays", "Oregon police arrested a man in Salem after a shooting.", "173", "USA", "USA"},
		{"Salem with the state after", "Police in Salem arrested a man after a shooting near the state capitol in Oregon.", "173", "USA", "!IND"},
	})
}

// TestS16T16MoneyOfGoods: an amount of money before the goods it
// measures ("$60 billion of American goods") stands between a sanction
// and its target, as a count does ("128 American products").
func TestS16T16MoneyOfGoods(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"sign, figures, of", "Beijing announced tariffs on $60 billion of American goods.", "163", "CHN", "USA"},
		{"sign, figures, worth of", "Canada slapped tariffs on C$16.6 billion worth of US goods in retaliation.", "163", "CAN", "USA"},
		{"figures, currency noun, of", "The European Union imposed duties on 2.8 billion euros of US steel, bourbon and motorcycles.", "163", "IGO", "USA"},
		{"of imports", "Washington imposed tariffs on $34 billion of Chinese imports on Friday.", "163", "USA", "CHN"},
		// must not: an amount of aid or loans keeps its recipient after
		// "to" or "for".
		{"aid amount keeps its recipient", "Japan pledged $300 million in aid to Sri Lanka.", "0331", "JPN", "LKA"},
		{"aid amount, for", "Qatar pledged $500 million in aid for Gaza.", "0331", "QAT", "PSE"},
		{"loans, for", "The IMF approved $3 billion in loans for Egypt.", "071", "IGO", "EGY"},
	})
}

// TestS16T16CoordinatedObjectPartner: a partner named after a second
// object joined by "and" is the target of a line that ends in an
// optional target ("suspend ... talks (with) (+)").
func TestS16T16CoordinatedObjectPartner(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"talks and cooperation with", "Britain suspended trade talks and defence cooperation with Saudi Arabia.", "164", "GBR", "SAU"},
		{"support and cooperation with", "The EU suspended budget support and security cooperation with Niger.", "1621", "IGO", "NER"},
		// must not: a phrase of manner after the second object names no
		// partner, and a verb after "and" opens another predicate.
		{"with immediate effect", "Britain suspended trade talks and visits with immediate effect.", "164", "GBR", ""},
		{"a second predicate", "Canada froze trade negotiations and said talks with Turkey could resume later.", "164", "CAN", ""},
	})
}
