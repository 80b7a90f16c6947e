package pipeline

import "testing"

// TestRecallPeople covers the people nouns of news copy through the whole
// pipeline: bare crowds ("Thousands rallied"), agents the text calls
// foreign, and the audited sector nouns, each with near misses. Every
// sentence was written for this test. Sides as in frameCase: "-" any,
// "---" no country, else a country or code prefix.
func TestRecallPeople(t *testing.T) {
	p := newTestPipeline(t)
	cases := []frameCase{
		// 1. A bare quantity noun is a crowd of civilians, of the place.
		{"thousands rallied", "Thousands rallied in Tbilisi against the foreign agents bill.", "14", "GEOCVL", "-", false},
		{"hundreds protested", "Hundreds protested outside the parliament in Nairobi on Tuesday.", "14", "KENCVL", "-", false},
		{"hundreds of thousands demonstrated", "Hundreds of thousands demonstrated in Santiago against the pension reform.", "14", "CHLCVL", "-", false},
		{"dozens arrested", "Security forces arrested dozens in Minsk after the vote.", "17", "BLRCOP", "BLRCVL", false},
		{"dozens killed by an air strike", "The air strike killed dozens in a market in Idlib.", "19", "-", "SYRCVL", false},
		{"scores arrested, passive", "Scores were arrested when riot police broke up the rally in Harare.", "17", "ZWECOP", "ZWECVL", false},
		{"tear gas fired at thousands", "Police fired tear gas at thousands in Nairobi.", "17", "KENCOP", "KENCVL", false},
		// Must not: the "of" complement decides, and amounts are nobody.
		{"hundreds of opposition supporters", "Kenyan police detained hundreds of opposition supporters in Nairobi.", "17", "KENCOP", "KENOPP", false},
		{"hundreds of millions of dollars", "Donors pledged hundreds of millions of dollars to Sudan.", "03", "-", "SDN", false},
		{"in the thousands", "Turnout at the protests in Lima was in the thousands.", "14", "-", "-", true},
		{"money spent", "The government spent thousands on the campaign in Accra.", "07", "-", "-", true},

		// 2. Foreign agents take neither the place's nor the story's country.
		{"foreign fighters attack", "Foreign fighters attacked an army checkpoint in Idlib.", "19", "---", "SYRMIL", false},
		{"foreign troops withdraw", "Foreign troops withdrew from Mali after nine years.", "08", "---", "MLI", false},
		{"clash with foreign mercenaries", "Malian soldiers clashed with foreign mercenaries near Gao.", "19", "MLIMIL", "---", false},
		{"foreigners kidnapped", "Gunmen kidnapped three foreigners in northern Niger.", "18", "-", "---", false},
		{"foreign jihadists", "Foreign jihadists captured a town in Mozambique.", "19", "---", "MOZ", false},
		{"foreign troops kill", "Foreign troops killed three villagers in Helmand.", "19", "---", "AFG", false},
		{"foreign fighters from a named place", "Foreign fighters from Chechnya joined the rebels in Aleppo.", "05", "RUSREB", "SYRREB", false},
		{"international troops", "International troops killed two civilians in Kandahar.", "19", "---", "AFGCVL", false},
		{"overseas workers", "Overseas workers protested in Riyadh.", "14", "---", "-", false},
		{"foreign agents expelled from a place are not of it", "Ethiopia expelled foreign journalists from Tigray.", "17", "ETH", "---", false},
		// Must not: local agents still take the place; the state's own
		// ministry and foreign-backed locals are the state's.
		{"local rebels take the place", "Syrian troops clashed with rebels in Idlib.", "19", "SYRMIL", "SYRREB", false},
		{"foreign-backed rebels are local", "Foreign-backed rebels attacked a police post in Kidal.", "19", "MLIREB", "MLICOP", false},
		{"the foreign ministry is the state's", "The foreign ministry in Kabul condemned the attack.", "11", "AFGGOV", "-", false},

		// 3. Audited people nouns.
		{"worshipers as victims", "Gunmen opened fire on worshipers at a mosque in Kano.", "18", "-", "NGACVL", false},
		{"polio workers", "Pakistani polio workers were shot dead in Peshawar.", "18", "-", "PAKHLH", false},
		{"cattle rustlers", "Kenyan cattle rustlers killed five herders in Turkana.", "18", "KENCRM", "KENAGR", false},
		{"mutineers", "Malian mutineers seized the Kati military base.", "19", "MLIMIL", "-", false},
		{"a shepherd", "Israeli troops shot a Palestinian shepherd near Jenin.", "19", "ISRMIL", "PSEAGR", false},
		{"churchgoers", "Nigerian churchgoers were abducted by bandits in Kaduna.", "18", "NGACRM", "NGACHR", false},
		{"a protest leader", "A Thai pro-democracy protest leader was arrested in Bangkok.", "17", "THACOP", "THACVL", false},
	}
	checkFrames(t, p, cases, false)

	// Must not: a singular people noun before a thing is no actor, so an
	// agentless bombing targets the place alone.
	for _, s := range []string{
		"Bombs exploded on commuter trains in Mumbai.",
		"A bomb exploded on a passenger bus in Mumbai.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", s) {
			for _, a := range e.Target {
				if a.Code != "IND" {
					t.Errorf("%q: target %s, want IND", s, a.Code)
				}
			}
		}
	}
}
