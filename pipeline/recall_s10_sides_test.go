package pipeline

import "testing"

// TestS10CodedStatement: a statement CAMEO would code as what it says is
// no plain 010 beside that code. A participle of saying after the
// speaker's own act explains the act; a said-clause whose content is the
// speaker's own verbal act (intent, appeal, endorsement, rejection,
// threat, disapproval) is that act. The statement stays when what was
// said has no code, when its content is another party's act, when the
// content's agent is only filled in from the speaker, when the participle
// gives a venue and not a content, and when the speaker reports a
// material act of its own (an arrest, a raid, a deployment).
func TestS10CodedStatement(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// participle of saying after the act
		{why: "rejection explained", text: "Hezbollah turned down the French plan, saying it ignored Israeli violations.", code: "010", none: true},
		{why: "rejection explained, the act kept", text: "Hezbollah turned down the French plan, saying it ignored Israeli violations.", code: "12", src: "LBN", tgt: "-"},
		{why: "sanctions explained", text: "Britain froze the assets of four Iranian generals, saying they had armed Russia.", code: "010", none: true},
		{why: "a protest explained", text: "Vietnam lodged a protest with China, adding that its fishing boats had been harassed.", code: "010", none: true},
		{why: "praise explained", text: "Qatar praised the Lebanese army, saying it had kept the country together.", code: "010", none: true},
		// said-clause whose content is the speaker's own verbal act
		{why: "readiness to mediate", text: "Algeria said it was ready to mediate between Mali and the Tuareg rebels.", code: "010", none: true},
		{why: "readiness to mediate, the act kept", text: "Algeria said it was ready to mediate between Mali and the Tuareg rebels.", code: "03", src: "DZA", tgt: "MLI"},
		{why: "a minister for his state", text: "Wang Yi said Beijing would host talks between Iran and Saudi Arabia.", code: "010", none: true},
		{why: "a threat said of oneself", text: "The Swiss government said on Tuesday it would freeze Syrian assets.", code: "010", none: true},
		{why: "a rejection said of oneself", text: "Seoul said it would not accept the Japanese demand.", code: "010", none: true},

		// must-not: the statement stays
		{why: "content of no code", text: "Morocco said the Sahara had always been Moroccan.", code: "010", src: "MAR", tgt: "-"},
		{why: "another party's act", text: "Ecuador said Colombia would close the border crossing.", code: "010", src: "ECU", tgt: "-"},
		{why: "a participle of venue", text: "The Pope said migrants must be welcomed, speaking to reporters on his plane.", code: "01", src: "VAT", tgt: "-"},
		// X36 (organReport): an organ's own arrest, deployment or cut no
		// longer keeps the statement; its battles still do.
		{why: "a battle reported by its agent", text: "The Pakistani army said it had killed six militants in Quetta.", code: "010", src: "PAK", tgt: "-"},
		{why: "an arrest reported by its agent", text: "The Pakistani army said it had arrested six militants in Quetta.", code: "010", none: true},
		{why: "a deployment announced", text: "Poland said it would send more troops to the Belarus border.", code: "010", src: "POL", tgt: "-"},
		{why: "a participle after another statement", text: "Ethiopia said the dam would be filled, noting that Egypt had been consulted.", code: "010", src: "ETH", tgt: "-"},
	})
}

// TestS10TrailingReport: a report that trails another party's violence
// (", the army said") tells where the news came from and accuses no one;
// a leading "X said Y shelled Z" and an explicit "accused" stay 112.
func TestS10TrailingReport(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "trailing army", text: "Gunmen ambushed a police convoy in Zamfara, killing six officers, the Nigerian army said.", code: "112", none: true},
		{why: "trailing army, the attack kept", text: "Gunmen ambushed a police convoy in Zamfara, killing six officers, the Nigerian army said.", code: "19", src: "-", tgt: "NGA"},
		{why: "trailing ministry", text: "Israeli soldiers shot dead two Palestinians near Nablus, the Palestinian health ministry said.", code: "112", none: true},
		{why: "trailing inverted speaker", text: "Jihadists raided a village in northern Burkina Faso, said a local official.", code: "112", none: true},
		// must-not: the accusation stays
		{why: "leading report of another's shelling", text: "Armenia said Azerbaijani troops shelled a border village in Syunik.", code: "112", src: "ARM", tgt: "AZE"},
		{why: "explicit accusation", text: "Niger accused Benin of harbouring the gunmen who attacked a border post.", code: "11", src: "NER", tgt: "BEN"},
	})
}

// TestS10PassiveReported: a speaker telling of its own side's wounded or
// dead in a passive ("The Pentagon said two US soldiers were wounded in a
// drone attack in Syria") is no attacker: the attack takes the place's
// state as the unnamed agent and the victims as target, one act with the
// attack's specific code. An army telling of enemies killed in an
// airstrike stays the striker.
func TestS10PassiveReported(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "own soldiers wounded, speaker no agent", text: "The British defence ministry said three British soldiers were wounded in a rocket attack in Iraq.", code: "19", src: "IRQ", tgt: "GBR"},
		{why: "a drone attack is one act on the victims", text: "The Pentagon said four US troops were injured in a drone attack in Jordan.", code: "1952", src: "JOR", tgt: "USA"},
		{why: "a monitor is no agent", text: "The UN said three peacekeepers were killed in a mortar attack in northern Mali.", code: "19", src: "MLI", tgt: "-"},
	})
	checkNoSide(t, p, []noSideCase{
		{why: "own soldiers wounded, not by their own state", text: "The British defence ministry said three British soldiers were wounded in a rocket attack in Iraq.", code: "19", side: "src", country: "GBR"},
		{why: "the place is no victim beside the wounded", text: "The Pentagon said four US troops were injured in a drone attack in Jordan.", code: "19", side: "tgt", country: "JOR"},
	})
	checkRootCases(t, p, []rootCase{
		// must-not: an army's own airstrike
		{why: "an army's airstrike on enemies", text: "The Pakistani army said 15 militants were killed in an airstrike in North Waziristan.", code: "19", src: "PAK", tgt: "-"},
	})
}

// TestS10ArmyOfTheStruck: a bare "the army" after a story that names its
// leading state only through a non-state armed group is the army of the
// state the group struck (a group has no army); a story naming the
// group's own state, or a group at home, keeps the leading state.
func TestS10ArmyOfTheStruck(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []longStory{
		{why: "rockets intercepted", date: "2024-05-01",
			text: "Islamic Jihad militants fired rockets at Ashkelon on Monday. The army said most of the rockets were intercepted over the sea.",
			si:   1, root: "01", want: "ISRMIL>"},
		{why: "the army strikes back", date: "2024-05-01",
			text: "Hezbollah fired anti-tank missiles at an Israeli border village. The military said it struck the launch sites in southern Lebanon.",
			si:   1, root: "01", want: "ISRMIL>"},
		// must-not: the group's state named as a state, or a group at home
		{why: "a group at home", date: "2024-05-01",
			text: "Boko Haram fighters attacked a military base in Borno state. The army said 20 insurgents were killed.",
			si:   1, root: "01", want: "NGAMIL>NGAREB"},
		{why: "the group's own state named", date: "2024-05-01",
			text: "Lebanese officials said Hezbollah fired rockets at Israel. The army said it had deployed troops to the border.",
			si:   1, root: "01", not: "ISRMIL>"},
	} {
		checkStory(t, p, c)
	}
}

// TestS10Revenge: revenge vowed with no party named is aimed at whoever
// struck the avenger's side earlier in the story; with no such attack, or
// an attack on a third state, the threat keeps no target.
func TestS10Revenge(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []longStory{
		{why: "revenge for strikes", date: "2024-05-01",
			text: "Israeli jets struck a Houthi-held port in Yemen. The Houthis vowed revenge.",
			si:   1, root: "13", want: "YEMREB>ISRMIL"},
		{why: "a response promised", date: "2024-05-01",
			text: "Azerbaijani troops shelled an Armenian border village on Monday. Yerevan promised a firm response.",
			si:   1, root: "13", want: "ARM>AZEMIL"},
		// must-not: nobody struck the avenger's side
		{why: "no attack on the avenger", date: "2024-05-01",
			text: "Russian missiles hit a power plant in Ukraine. Belarus vowed to retaliate against any aggression.",
			si:   1, root: "13", not: "BLR>RUSMIL"},
		{why: "a threat of no revenge", date: "2024-05-01",
			text: "Israeli jets struck a Houthi-held port in Yemen. The Houthis threatened to close the Red Sea to shipping.",
			si:   1, root: "13", not: "YEMREB>ISRMIL"},
	} {
		checkStory(t, p, c)
	}
}

// TestS10OpeningPossessive: "Its forces", "Their fighters" opening a
// sentence own what the sentence before opened with, when that subject
// is one party of the right number (a state is "its", an armed group
// named in the plural "their", and a group's own people are the group).
func TestS10OpeningPossessive(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []longStory{
		{why: "its forces after a capital, two states named", date: "2024-05-01",
			text: "Seoul sent warships toward islands claimed by Japan. Its forces held drills near the islands.",
			si:   1, root: "15", want: "KORMIL>"},
		{why: "its coast guard after a plural-looking state", date: "2024-05-01",
			text: "The Philippines lodged a protest with China. Its coast guard said Chinese vessels had rammed a supply boat.",
			si:   1, root: "01", want: "PHLMIL>CHN"},
		// must-not: the number disagrees
		{why: "'their' is no single state", date: "2024-05-01",
			text: "Seoul sent warships toward islands claimed by Japan. Their forces held drills near the islands.",
			si:   1, root: "15", not: "KORMIL>"},
		{why: "'its' is no plural group", date: "2024-05-01",
			text: "The Houthis seized a cargo ship in the Red Sea. Its crew was taken to Hodeidah.",
			si:   1, root: "17", not: "YEMREB>"},
	} {
		checkStory(t, p, c)
	}
}

// TestS10PlacesOnActors: a city that names a side's local body ("Karachi
// police") places an event that names no place of its own; a state's name
// before a thing ("a US proposal", "a US destroyer") names an owner, no
// place, even after "at"; a place of the sentence's own still wins.
func TestS10PlacesOnActors(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		why, text, place string // place "" means no location
	}{
		{"a city's police", "Peshawar police detained four suspects on Sunday.", "PAK"},
		{"a city's police, own place first", "Kabul police arrested two men in Herat.", "Herāt"},
		{"a state's proposal is no place", "Israel turned down a US plan for Gaza's reconstruction.", ""},
		{"a state's warship is no place", "Iranian boats harassed a US warship in the Strait of Hormuz.", "Strait of Hormuz"},
		{"a state's destroyer after 'at'", "The Houthis fired a missile at a US destroyer.", ""},
		{"territory stays a place", "Turkish troops entered Syrian territory.", "SYR"},
	} {
		evs := codeText(t, p, "2024-05-01", c.text)
		if len(evs) == 0 {
			t.Errorf("%s: %q coded nothing", c.why, c.text)
			continue
		}
		l := evs[0].Location
		switch {
		case c.place == "" && l != nil:
			t.Errorf("%s: %q placed at %s, want no place", c.why, c.text, l.Name)
		case c.place != "" && l == nil:
			t.Errorf("%s: %q has no place, want %s", c.why, c.text, c.place)
		case c.place != "" && l.Name != c.place && l.Country != c.place:
			t.Errorf("%s: %q placed at %s (%s), want %s", c.why, c.text, l.Name, l.Country, c.place)
		}
	}
}

// TestS10RelativeMeans: a gerund of means after a relative clause's verb
// ("rebels, who responded by shelling the airport") is the relative's
// act, its antecedent the agent, not the main clause's subject.
func TestS10RelativeMeans(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "who responded by shelling", text: "Sudanese troops attacked RSF fighters, who responded by shelling El Obeid airport.", code: "19", src: "-", tgt: "SDN"},
		{why: "protesters who responded by throwing stones", text: "Riot police charged students who responded by throwing stones at officers.", code: "145", src: "-", tgt: "-"},
	})
	checkStory(t, p, longStory{why: "the army does not shell its own airport", date: "2024-05-01",
		text: "Sudanese troops attacked RSF fighters, who responded by shelling El Obeid airport.",
		si:   0, root: "19", not: "SDNMIL>SDN"})
	checkStory(t, p, longStory{why: "the rebels shell it", date: "2024-05-01",
		text: "Sudanese troops attacked RSF fighters, who responded by shelling El Obeid airport.",
		si:   0, root: "19", want: "SDNREB>SDN"})
	checkRootCases(t, p, []rootCase{
		// must-not: a gerund after "by" in the main clause is the subject's
		{why: "the main clause's means", text: "Sudanese troops, who arrived on Monday, responded by shelling RSF positions.", code: "19", src: "SDN", tgt: "-"},
	})
}

// TestS10FrontedReason: a reason clause that opens the sentence ("After
// Pakistan shelled Afghan border posts, Afghanistan closed the crossing")
// names the target of a show of force, a cut or a closure as a trailing
// one does; a reason with no clause of its own, or one whose verb acts on
// the state, names none.
func TestS10FrontedReason(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "fronted after-clause", text: "After Kyrgyz troops fired on a border post, Tajikistan closed its border crossings.", code: "191", src: "TJK", tgt: "KGZ"},
		{why: "fronted following-clause", text: "Following reports that Iran had seized a tanker, Britain put its navy on alert.", code: "15", src: "GBR", tgt: "IRN"},
		{why: "fronted clause, sanctions", text: "After North Korea tested a missile, Japan imposed new sanctions.", code: "16", src: "JPN", tgt: "PRK"},
	})
	checkNoSide(t, p, []noSideCase{
		{why: "no clause of its own", text: "After talks with Kazakhstan, Uzbekistan closed its border crossings.", code: "191", side: "tgt", country: "KAZ"},
		{why: "the reason's verb acts on the state", text: "After an earthquake struck Turkey, Greece put its army on alert.", code: "15", side: "tgt", country: "TUR"},
	})
}

// TestS10VictimNotAttackers: a bare victim of a state's violence takes
// the one other state its sentence names, not the attacker's; with no
// other state it stays the attacker's own (domestic violence), and with
// two it is of no known state.
func TestS10VictimNotAttackers(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "the speaker's state", text: "Officials in Kharkiv said Russian drones struck a school.", code: "19", src: "RUS", tgt: "UKR"},
		{why: "the speaker's state, a clinic", text: "Lebanese officials said Israeli jets bombed a clinic near Tyre.", code: "19", src: "ISR", tgt: "LBN"},
		// must-not: domestic violence keeps the state
		{why: "domestic", text: "Police said Ethiopian troops killed four civilians.", code: "19", src: "ETH", tgt: "ETH"},
	})
	checkNoSide(t, p, []noSideCase{
		{why: "the attacker's own hospital", text: "Officials in Kharkiv said Russian drones struck a hospital.", code: "19", side: "tgt", country: "RUS"},
		{why: "two other states", text: "Polish and Ukrainian officials said Russian missiles hit a hospital.", code: "19", side: "tgt", country: "RUS"},
	})
}

// TestS10AsideSubject: a passive inside a relative aside ("Hezbollah,
// which is based in Lebanon, fired rockets") is not the clause's own, so
// the subject before the aside stays the agent; a clause whose own
// passive subject was hit in an attack still has no agent named.
func TestS10AsideSubject(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a passive in the aside, launched", text: "Hamas, which is designated a terrorist group by the EU, launched rockets at Sderot.", code: "19", src: "PSE", tgt: "ISR"},
	})
	checkStory(t, p, longStory{why: "a passive in the aside, not its place", date: "2024-05-01",
		text: "The Houthis, who are based in Sanaa, fired missiles at a Liberian-flagged tanker.",
		si:   0, root: "19", want: "YEMREB>LBR"})
	checkNoSide(t, p, []noSideCase{
		// must-not: the clause's own passive victims are no agents
		{why: "the victims' own passive", text: "Two Indian soldiers were wounded in a rocket attack in Kashmir.", code: "19", side: "src", country: "IND"},
	})
}

// TestS10AsidePlace: a relative aside set off by commas before the main
// verb is no part of its clause's scene ("Hezbollah, which is based in
// Lebanon, shelled northern Israel" happened in Israel), and the aside's
// own verb ends at its closing comma.
func TestS10AsidePlace(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		why, text, code, country string // country "" means no location
	}{
		{"the aside's place is not the act's", "The PKK, which is based in Iraq, attacked a Turkish army post in Hakkari.", "19", "TUR"},
		{"the aside's place is not the act's, a country", "Hezbollah, which is based in Lebanon, shelled northern Israel.", "19", "ISR"},
		// must-not: a place after the verb in its own clause still counts
		{"the main clause's own place", "Hamas, which rules Gaza, fired rockets at Ashkelon.", "19", "ISR"},
	} {
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if e.CAMEORoot != c.code {
				continue
			}
			got := ""
			if e.Location != nil {
				got = e.Location.Country
			}
			if got != c.country {
				t.Errorf("%s: %q placed in %q, want %q", c.why, c.text, got, c.country)
			}
		}
	}
}

// TestS10RelativeSaying: a statement told inside a relative clause whose
// pronoun is what was said ("the virus, which officials say came from
// abroad") is background, no 010; a relative whose pronoun is the speaker
// ("Russia, which said the drills were defensive, ...") still speaks.
func TestS10RelativeSaying(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "which X say", text: "Kenya deployed police to Haiti, which UN officials say is run by gangs.", code: "010", none: true},
		{why: "whom X say", text: "Niger expelled the French ambassador, whom the junta's leaders said had insulted the country.", code: "010", none: true},
		// must-not: the relative's subject speaks
		{why: "which said", text: "Belarus, which said the exercises were defensive, moved tanks to the border.", code: "010", src: "BLR", tgt: "-"},
		{why: "a plain statement", text: "UN officials say Haiti is run by gangs.", code: "010", src: "-", tgt: "-"},
	})
}
