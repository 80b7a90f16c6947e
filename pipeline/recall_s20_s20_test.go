package pipeline

import (
	"strings"
	"testing"
)

// s20Check codes every case and looks for an event of its code prefix that
// is neither negated nor hypothetical (the eval drops both) with both sides
// as n20Side reads them ("-" any, "!X" not X).
func s20Check(t *testing.T, p *Pipeline, cases []m13Case) {
	t.Helper()
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		found := false
		for i := range evs {
			e := &evs[i]
			if e.Modality.Negated || e.Modality.Hypothetical || !strings.HasPrefix(e.CAMEO, c.code) {
				continue
			}
			if n20Side(e.Source, c.src) && n20Side(e.Target, c.tgt) {
				found = true
				break
			}
		}
		if found == c.none {
			t.Errorf("%s: %q: want none=%v of %s %s>%s; got %s", c.why, c.text, c.none, c.code, c.src, c.tgt, describe(evs))
		}
	}
}

// TestS20OwnActReported: a speaker's own act reported after says, said,
// claimed or announced
// ("it has struck", "its forces had struck", "we have struck") is the act;
// sites, facilities and refineries struck take the state of the place after
// them. A denial, a forecast and a conditional code no act.
func TestS20OwnActReported(t *testing.T) {
	s20Check(t, newTestPipeline(t), []m13Case{
		{why: "struck sites in a country", text: "India says it has struck nine sites in Pakistan.", code: "190", src: "IND", tgt: "PAK"},
		{why: "hit a refinery in a region", text: "Ukraine said it has hit an oil refinery in Russia's Bryansk region.", code: "190", src: "UKR", tgt: "RUS"},
		{why: "struck facilities, announced", text: "Israel announced that it had struck several military facilities in Iran.", code: "190", src: "ISR", tgt: "IRN"},
		{why: "its jets hit sites", text: "The Pentagon said its jets had hit weapons storage sites in Yemen overnight.", code: "195", src: "USA", tgt: "YEM"},
		{why: "we have struck sites", text: `"We have struck sites in India," Pakistan's army said.`, code: "190", src: "PAK", tgt: "IND"},
		{why: "claimed, refinery", text: "Ukraine's military claimed it had struck a refinery in Russia's Krasnodar region.", code: "190", src: "UKR", tgt: "RUS"},
		{why: "its forces had destroyed", text: "Russia claimed it had destroyed a Ukrainian ammunition depot near Kharkiv.", code: "190", src: "RUS", tgt: "UKR"},
		{why: "they had fired missiles", text: "The Houthis said they had fired a ballistic missile at Eilat.", code: "195", src: "YEM", tgt: "ISR"},
		{why: "it had neutralised", text: "Turkey's defence ministry said it had neutralised 17 PKK militants in northern Iraq.", code: "190", src: "TUR", tgt: "TUR"},
		{why: "its troops fired artillery", text: "Thailand said its troops had fired artillery at Cambodian positions near the temple.", code: "194", src: "THA", tgt: "KHM"},
		{why: "its forces bombed", text: "Myanmar's junta said its forces had bombed a rebel camp in Kachin state.", code: "195", src: "MMR", tgt: "MMR"},
		{why: "it has carried out strikes", text: "The US military said on Sunday that it has carried out strikes on Islamic State in Somalia.", code: "190", src: "USA", tgt: "-"},
		{why: "must-not: denial", text: "Israel said it had not struck the hospital in Gaza City.", code: "190", src: "ISR", tgt: "-", none: true},
		{why: "must-not: forecast", text: "Russia says it will strike energy facilities in Ukraine.", code: "190", src: "RUS", tgt: "-", none: true},
		{why: "must-not: conditional", text: "Iran said it would retaliate if Israel struck its nuclear facilities.", code: "190", src: "ISR", tgt: "-", none: true},
		{why: "must-not: labour strike", text: "Dockworkers struck at three sites in Antwerp over pay.", code: "190", src: "-", tgt: "-", none: true},
		{why: "must-not: weather", text: "A heatwave hit industrial sites across Spain.", code: "190", src: "-", tgt: "-", none: true},
		{why: "must-not: denied", text: "India denied that it had struck any civilian sites in Pakistan.", code: "190", src: "IND", tgt: "-", none: true},
	})
}

// TestS20QuotedFirstPerson: a quoted first person ("we", "our") is the speaker the
// quotation is attributed to, also when the act names its own target or
// its verb is phrasal ("shot down"); "our" forces are not their own
// target. A passive "we", a quoted "they", a question, a threat and a
// recollection with no act code no act of the speaker.
func TestS20QuotedFirstPerson(t *testing.T) {
	s20Check(t, newTestPipeline(t), []m13Case{
		{why: "we have shot down drones", text: `"We have shot down 20 drones," Russia's defence ministry said.`, code: "190", src: "RUS", tgt: "-"},
		{why: "we shot down a drone, wrote", text: `"We shot down a drone that crossed into our airspace," Poland's armed forces wrote on X.`, code: "190", src: "POL", tgt: "-"},
		{why: "we shot down jets", text: `"We shot down two Syrian jets over the border," Turkey's military said.`, code: "190", src: "TUR", tgt: "SYR"},
		{why: "we brought down a bomber", text: `"We have brought down a Russian Su-34 bomber near Kharkiv," Ukraine's air force said on Telegram.`, code: "190", src: "UKR", tgt: "RUS"},
		{why: "we have destroyed tanks", text: `"We have destroyed 14 Russian tanks near Avdiivka," Ukraine's defence ministry said.`, code: "190", src: "UKR", tgt: "RUS"},
		{why: "we arrested", text: `"We have arrested the leader of the cartel cell," Mexico's security minister wrote on X.`, code: "173", src: "MEX", tgt: "-"},
		{why: "we struck camps", text: `"We struck three Boko Haram camps near Lake Chad," Nigeria's air force said.`, code: "190", src: "NGA", tgt: "-"},
		{why: "our air defence: not our own state", text: `"Our air defence shot down 11 Shahed drones overnight," Ukraine's air force wrote on Telegram.`, code: "190", src: "UKR", tgt: "!UKR"},
		{why: "our air defences, sender named", text: `"Our air defences intercepted 23 Ukrainian drones over the Belgorod region," Russia's defence ministry said on Telegram.`, code: "190", src: "RUS", tgt: "UKR"},
		{why: "our forces repelled", text: `"Our forces repelled an attack by Russian troops near Pokrovsk," Ukraine's General Staff wrote on Facebook.`, code: "190", src: "UKR", tgt: "RUS"},
		{why: "our soldiers killed", text: `"Our soldiers killed 12 terrorists in Borno," the Nigerian army wrote on X.`, code: "190", src: "NGA", tgt: "NGA"},
		{why: "we welcome", text: `"We welcome the decision of the Sudanese parties," Egypt's foreign ministry said.`, code: "05", src: "EGY", tgt: "-"},
		{why: "must-not: passive we", text: `"We were shot down over the sea," the Israeli pilot said.`, code: "190", src: "ISR", tgt: "-", none: true},
		{why: "must-not: they", text: `"They shot down two of our drones," Iran's army said.`, code: "190", src: "IRN", tgt: "-", none: true},
		{why: "must-not: question", text: `"Should we shoot down the drones?" the Polish minister asked.`, code: "190", src: "POL", tgt: "-", none: true},
		{why: "must-not: history, no act", text: `"We fought here in 1944," the British veteran said.`, code: "19", src: "GBR", tgt: "-", none: true},
		{why: "must-not: a threat is no act", text: `"We will shoot down any drone that enters our airspace," Poland's defence minister said.`, code: "190", src: "POL", tgt: "-", none: true},
	})
}

// TestS20QuotedAccusation: a quoted plain statement about another party ("'Russia is
// deliberately targeting civilians,' Zelenskyy says") is the speaker's
// statement (010), not an accusation (112) unless a verb of accusing says so.
func TestS20QuotedAccusation(t *testing.T) {
	s20Check(t, newTestPipeline(t), []m13Case{
		{why: "plain quote is 010", text: `"Russia is deliberately targeting civilians," Zelenskyy says.`, code: "010", src: "UKR", tgt: "-"},
		{why: "no accusation coded", text: `"Russia is deliberately targeting civilians," Zelenskyy says.`, code: "112", src: "UKR", tgt: "RUS", none: true},
		{why: "starving, 010", text: `"Israel is starving the people of Gaza," the Irish prime minister said.`, code: "010", src: "IRL", tgt: "-"},
		{why: "starving, no 112", text: `"Israel is starving the people of Gaza," the Irish prime minister said.`, code: "112", src: "IRL", tgt: "ISR", none: true},
		{why: "militarising, 010", text: `"China is militarising the South China Sea," the Philippine defence secretary said.`, code: "010", src: "PHL", tgt: "-"},
		{why: "militarising, no 112", text: `"China is militarising the South China Sea," the Philippine defence secretary said.`, code: "112", src: "PHL", tgt: "CHN", none: true},
		{why: "destabilising, 010", text: `"Serbia is destabilising the region," Kosovo's prime minister said in Pristina.`, code: "010", src: "KSV", tgt: "-"},
		{why: "destabilising, no 112", text: `"Serbia is destabilising the region," Kosovo's prime minister said in Pristina.`, code: "112", src: "KSV", tgt: "SRB", none: true},
		{why: "plain statement", text: `"The talks with Egypt were productive," the Turkish foreign minister said.`, code: "010", src: "TUR", tgt: "-"},
		{why: "accusing kept", text: `"Russia is deliberately targeting civilians," Zelenskyy said, accusing Moscow of war crimes.`, code: "112", src: "UKR", tgt: "RUS"},
		{why: "must-not: quoted question", text: `"Is Russia targeting civilians?" the journalist asked.`, code: "010", src: "-", tgt: "-", none: true},
	})
}

// TestS20BareWarning: a warning to a named party with nothing more, active or
// passive ("Taiwan's president was sternly warned by China"), is a threat
// (130); warnings with no party, a warning noun and a party that is only
// a modifier ("warn Antarctic sea ice") are not.
func TestS20BareWarning(t *testing.T) {
	s20Check(t, newTestPipeline(t), []m13Case{
		{why: "passive warned, president", text: "Taiwan's president was sternly warned by China.", code: "130", src: "CHN", tgt: "TWN"},
		{why: "passive warned, country", text: "Japan was warned by China on Tuesday.", code: "130", src: "CHN", tgt: "JPN"},
		{why: "passive warned, ministry", text: "Iran's foreign ministry was warned by Washington.", code: "130", src: "USA", tgt: "IRN"},
		{why: "active bare warn", text: "China sternly warned Taiwan's president.", code: "130", src: "CHN", tgt: "TWN"},
		{why: "active bare warn, perfect", text: "Russia has warned Finland.", code: "130", src: "RUS", tgt: "FIN"},
		{why: "passive threatened", text: "South Korea was threatened by North Korea.", code: "130", src: "PRK", tgt: "KOR"},
		{why: "passive threatened, leader", text: "Greece's prime minister was threatened by Turkey's president.", code: "130", src: "TUR", tgt: "GRC"},
		{why: "warned to leave", text: "The Philippine coast guard was warned by China to leave the shoal.", code: "130", src: "CHN", tgt: "PHL"},
		{why: "warned against", text: "Israel was warned by Iran against attacking its nuclear sites.", code: "130", src: "IRN", tgt: "ISR"},
		{why: "must-not: doctors", text: "Doctors warned patients in Madrid.", code: "130", src: "-", tgt: "-", none: true},
		{why: "must-not: warning noun", text: "The warning by China to Taiwan was published in full.", code: "130", src: "CHN", tgt: "TWN", none: true},
		{why: "must-not: warned of a storm", text: "Meteorologists in Manila warned of a typhoon.", code: "130", src: "-", tgt: "-", none: true},
	})
}
