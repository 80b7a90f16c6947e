package pipeline

import (
	"testing"
)

// Every sentence and story in this file was written for it. They test
// what the story-level stages fill in that a sentence leaves out: whose a
// bare sector is, what a possessive back-reference names, and where a
// crowd is from. Rows use storyCase (recall_stories_test.go): want is a
// dyad that must be coded, not one that must not be.

func TestRecallFill(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []storyCase{
		// 1. A bare state organ that acts on the story's only state is not
		// that state's: "Congress" is not Egypt's because it cut Egypt's aid.
		// Since the ninth session a bare "Congress" beside a state that has
		// no congress is the US one.
		{"legislature acts on the only state", "2020-03-03",
			"Congress blocked military aid to Egypt on Tuesday.",
			0, "12", "USALEG>EGY", ""},
		{"legislature not the target's", "2020-03-03",
			"Congress blocked military aid to Egypt on Tuesday.",
			0, "12", "", "EGYLEG>EGY"},
		{"senate sanctions", "2020-03-04",
			"The Senate voted on Wednesday to impose new sanctions on Russia.",
			0, "16", "", "RUSLEG>RUS"},
		{"house sanctions", "2020-03-05",
			"The House of Representatives approved sanctions on Venezuela on Thursday.",
			0, "16", "---LEG>VEN", ""},
		{"parliament suspends aid", "2020-03-05",
			"Parliament voted to suspend aid to Burundi.",
			0, "16", "", "BDILEG>BDI"},
		{"parliament lends", "2020-03-05",
			"Parliament approved a 2 billion euro loan to Greece.",
			0, "07", "---LEG>GRC", ""},
		{"lawmakers cut funding", "2020-03-05",
			"Lawmakers voted to cut funding to Ukraine.",
			0, "16", "", "UKRLEG>UKR"},
		{"the army strikes a state", "2020-03-06",
			"The army launched air strikes on Yemen.",
			0, "19", "---MIL>YEM", ""},
		{"the army is not the attacked state's", "2020-03-06",
			"The army attacked Ukraine on Thursday.",
			0, "19", "", "UKRMIL>UKR"},
		{"the government accuses a neighbour", "2020-03-06",
			"The government accused Rwanda of backing the M23 rebels.",
			0, "11", "", "RWAGOV>RWA"},
		{"officials ban travel", "2020-03-06",
			"Officials imposed a travel ban on Syria.",
			0, "16", "", "SYRGOV>SYR"},
		// B29: a department named by its head noun alone is a body that
		// acts on states as a ministry does, and a foreign envoy it acts
		// on is abroad, so neither lends it the target's state.
		{"the treasury sanctions a state", "2020-03-06",
			"The Treasury imposed fresh sanctions on Nicaragua.",
			0, "16", "", "NICGOV>NIC"},
		{"the foreign office condemns a state", "2020-03-06",
			"The Foreign Office strongly condemned Argentina on Monday.",
			0, "11", "", "ARGGOV>ARG"},
		{"the chancellery condemns a state", "2020-03-06",
			"The chancellery condemned Serbia.",
			0, "11", "", "SRBGOV>SRB"},
		{"a summoned charge d'affaires is foreign", "2020-03-06",
			"The Foreign Office summoned the Chilean charge d'affaires to protest the arrest.",
			0, "11", "", "CHLGOV>CHLGOV"},
		{"the treasury in a British story", "2020-03-07",
			"LONDON (Reuters) - Britain denounced the strike. The Treasury later imposed sanctions on Syria.",
			1, "16", "GBRGOV>SYR", ""},
		{"the foreign office in a Canadian story", "2020-03-07",
			"OTTAWA (Reuters) - Canada criticised the vote. The Foreign Office then summoned the Chilean charge d'affaires.",
			1, "11", "CANGOV>CHLGOV", ""},
		// The story's main country from other sentences still fills it.
		{"Congress in a US story", "2020-03-07",
			"WASHINGTON (Reuters) - US lawmakers debated the bill for hours. Congress then blocked military aid to Egypt.",
			1, "12", "USALEG>EGY", ""},
		{"parliament in an Australian story", "2020-03-07",
			"CANBERRA (Reuters) - Australia condemned the arrest. Parliament later voted to impose sanctions on Myanmar.",
			1, "16", "AUSLEG>MMR", ""},
		{"a judged place in a US story is the content's", "2020-03-07",
			"WASHINGTON (Reuters) - The United States criticised the arrests. The Senate later voted to condemn the crackdown in Brussels.",
			1, "11", "USALEG>BEL", ""},
		{"a judged place is not the senate's", "2020-03-07",
			"WASHINGTON (Reuters) - The United States criticised the arrests. The Senate later voted to condemn the crackdown in Brussels.",
			1, "11", "", "BELLEG>BEL"},
		// Must-nots: places, owners, speakers, metonyms and the subject's
		// own kind still give the country.
		{"a place is the police's", "2020-03-08",
			"Police arrested dozens of protesters in Nairobi.",
			0, "17", "KENCOP>KENCVL", ""},
		{"a place is the rebels'", "2020-03-08",
			"Rebels attacked an army post in Mali.",
			0, "19", "MLIREB>MLIMIL", ""},
		{"rebels make demands of their own state", "2020-03-08",
			"Kurdish rebels demanded that Turkey free their leader.",
			0, "10", "TURREB>TUR", ""},
		{"the opposition accuses its government", "2020-03-08",
			"The opposition accused Venezuela's government of fraud.",
			0, "11", "VENOPP>VENGOV", ""},
		{"a place after the phrase is its own", "2020-03-08",
			"Parliament in Kiev approved a loan to Moldova.",
			0, "07", "UKRLEG>MDA", ""},
		{"a march on a metonym", "2020-03-08",
			"Demonstrators marched on the Pentagon.",
			0, "14", "USACVL>USAMIL", ""},
		{"students protest where they are", "2020-03-08",
			"Students protested in Tehran on Sunday.",
			0, "14", "IRNEDU>IRN", ""},
		{"the army in its own country", "2020-03-08",
			"The army shelled rebel positions in northern Syria.",
			0, "19", "SYRMIL>SYRREB", ""},

		// An envoy serves abroad: it is its state's, but neither makes the
		// story that state's nor is the government "the junta" refers to.
		{"the junta after the expelled ambassador", "2020-03-09",
			"BAMAKO (AFP) - Mali's military government on Monday ordered the French ambassador to leave the country within 72 hours. The junta accused Paris of hostile remarks.",
			1, "11", "MLIGOV>FRA", ""},
		{"the junta is not the ambassador's", "2020-03-09",
			"BAMAKO (AFP) - Mali's military government on Monday ordered the French ambassador to leave the country within 72 hours. The junta accused Paris of hostile remarks.",
			1, "11", "", "FRAGOV>FRA"},
		{"the government after an expelled envoy", "2020-03-09",
			"Sudan expelled the Chadian envoy on Friday. The government accused Chad of backing the rebels.",
			1, "11", "SDNGOV>TCD", ""},
		{"the government after a visiting ambassador", "2020-03-09",
			"The Chadian ambassador met Sudan's foreign minister. The government said the talks were useful.",
			1, "01", "SDNGOV>TCDGOV", ""},
		{"the ministry after summoning an ambassador", "2020-03-09",
			"Egypt's foreign ministry summoned the Ethiopian ambassador on Sunday. The ministry said the dam threatened its water supply.",
			1, "01", "EGYGOV>", ""},

		// 2. A dateline's agency does not count toward the story's
		// country: "MOGADISHU (AFP)" is Somalia's story, not France's too.
		{"AFP does not tie with the dateline", "2020-04-01",
			"MOGADISHU (AFP) - The militants attacked an army base outside the capital on Tuesday.",
			0, "19", "SOMREB>SOMMIL", ""},
		{"AFP is no country of the militants", "2020-04-01",
			"MOGADISHU (AFP) - The militants attacked an army base outside the capital on Tuesday.",
			0, "19", "", "---REB>---MIL"},
		{"police after an AFP dateline", "2020-04-01",
			"MOGADISHU (AFP) - The militants attacked an army base outside the capital on Tuesday. Police said the army repelled the assault.",
			1, "01", "SOMCOP>SOMMIL", ""},
		{"Reuters does not tie with the dateline", "2020-04-02",
			"NAIROBI (Reuters) - Police fired tear gas at protesters on Monday.",
			0, "17", "KENCOP>KENCVL", ""},
		{"AFP in Khartoum", "2020-04-02",
			"KHARTOUM (AFP) - Troops opened fire on demonstrators.",
			0, "17", "SDNMIL>SDNCVL", ""},
		{"the agency is never a side", "2020-04-02",
			"KABUL (AFP) - Taliban fighters attacked a police checkpoint on Monday.",
			0, "19", "AFGREB>AFGCOP", ""},
		{"AP in Baghdad", "2020-04-02",
			"BAGHDAD (AP) - A car bomb exploded near a market. Police said the blast killed 12 people.",
			1, "01", "IRQCOP>", ""},

		// With no country leading the count, a wire story's bare organs
		// are those of the state its dateline city is in; a clear focus,
		// a target or the clause's own place still wins.
		{"police in a Lagos story", "2020-04-03",
			"LAGOS (Reuters) - Police fired tear gas at protesters on Monday.",
			0, "17", "NGACOP>NGACVL", ""},
		{"the army in an Islamabad story", "2020-04-03",
			"ISLAMABAD (Reuters) - Pakistan recalled its ambassador from Kabul on Wednesday. The foreign ministry accused the Taliban government of sheltering militants. The Taliban denied the accusation. The army said troops had killed four militants near the border.",
			3, "19", "PAKMIL>AFGREB", ""},
		{"police in a Tehran story about Britain", "2020-04-03",
			"TEHRAN (Reuters) - Iran summoned Britain's ambassador on Saturday. Hundreds of students gathered outside the British embassy in Tehran. Police dispersed the crowd with tear gas. Britain said it would not apologise.",
			2, "17", "IRNCOP>IRNCVL", ""},
		{"police in a Karachi story", "2020-04-03",
			"KARACHI (AFP) - Gunmen killed five people in the city on Sunday. Police said the attackers fled.",
			1, "01", "PAKCOP>---UAF", ""},
		{"a London dateline does not make Iraqi troops British", "2020-04-03",
			"LONDON (Reuters) - Iraqi troops recaptured the town of Tikrit on Tuesday. The army said it had killed dozens of militants. Iraq's prime minister praised the troops.",
			1, "19", "", "GBRMIL>IRQREB"},
		{"a Geneva dateline does not make the Syrian army Swiss", "2020-04-03",
			"GENEVA (Reuters) - Syrian government forces shelled rebel-held towns near Damascus on Tuesday. The army said it targeted militants. Syria's opposition accused the army of killing civilians.",
			2, "11", "SYROPP>SYRMIL", ""},
		{"a dateline with no agency", "2020-04-03",
			"KARACHI - Gunmen killed five people in the city on Sunday. Police said the attackers fled.",
			1, "01", "PAKCOP>---UAF", ""},

		// 3. A possessive back-reference plus an office is the body named
		// before, as the bare reference is.
		{"the bloc's president", "2020-05-01",
			"The European Union imposed new sanctions on Iran on Monday. The bloc's president said the measures would stay until Tehran released the prisoners.",
			1, "01", "IGOEUREEC>IRN", ""}, // S36: a body's statement about the one state named is aimed at it
		{"the bloc's president is not Iran's", "2020-05-01",
			"The European Union imposed new sanctions on Iran on Monday. The bloc's president said the measures would stay until Tehran released the prisoners.",
			1, "01", "", "IRNGOV>"},
		{"the bloc's chief", "2020-05-01",
			"The European Union imposed sanctions on Belarus. The bloc's chief said more would follow.",
			1, "01", "IGOEUREEC>", ""},
		{"the bloc's foreign policy chief", "2020-05-01",
			"The European Union imposed sanctions on Belarus. The bloc's foreign policy chief said more would follow.",
			1, "01", "IGOEUREEC>", ""},
		{"the bloc's chairman, an office the dictionary lacks", "2020-05-02",
			"The African Union suspended Mali on Friday. The bloc's chairman urged the junta to hold elections.",
			1, "02", "IGOAFRAFU>MLIGOV", ""},
		{"the bloc's council, with modifiers the dictionary lacks", "2020-05-02",
			"The African Union suspended Niger on Monday. The bloc's peace and security council urged the junta to restore order.",
			1, "02", "IGOAFRAFU>NERGOV", ""},
		{"the bloc's top diplomat", "2020-05-02",
			"The European Union imposed sanctions on Iran. The bloc's top diplomat said the measures were necessary.",
			1, "01", "IGOEUREEC>", ""},
		{"the group's leader with no group before is no one's", "2020-05-02",
			"The group's leader said he would fight on.",
			0, "01", "", "IGOEUREEC>"},
		// A bare owner's possessive ("the assembly's president") takes the
		// country the story gave that noun, not the last president's.
		{"the assembly's president", "2020-05-04",
			"CARACAS (Reuters) - Venezuela's National Assembly on Tuesday approved a referendum. Guyana's president called the vote a threat. The assembly's president said the region had always belonged to Venezuela.",
			2, "01", "VENLEGGOV>", ""},
		{"the assembly's president is not Guyana's", "2020-05-04",
			"CARACAS (Reuters) - Venezuela's National Assembly on Tuesday approved a referendum. Guyana's president called the vote a threat. The assembly's president said the region had always belonged to Venezuela.",
			2, "01", "", "GUYLEGGOV>"},
		{"the army's spokesman after another state's president", "2020-05-04",
			"ABUJA (Reuters) - The Nigerian army said it had killed 20 Boko Haram fighters. Cameroon's president praised the operation. The army's spokesman said troops had freed 40 hostages.",
			2, "01", "NGAMIL>NGAMIL", ""},
		{"the ministry's spokesman", "2020-05-04",
			"CAIRO (Reuters) - Egypt's foreign ministry summoned the Ethiopian ambassador on Sunday. The ministry's spokesman said Ethiopia must stop filling the dam.",
			1, "10", "EGYGOV>ETH", ""},
		{"the alliance's secretary general", "2020-05-02",
			"NATO defence ministers met in Brussels on Thursday. The alliance's secretary general said members would boost spending.",
			1, "01", "IGOWSTNAT>", ""},
		{"the alliance's chief is not Belgium's", "2020-05-02",
			"NATO defence ministers met in Brussels on Thursday. The alliance's secretary general said members would boost spending.",
			1, "01", "", "BELGOV>"},
		{"the group's leader after Hezbollah", "2020-05-03",
			"Hezbollah fighters fired rockets into northern Israel. The group's leader threatened further attacks.",
			1, "13", "LBNREB>", ""},
		{"the group's leader after Boko Haram", "2020-05-03",
			"Boko Haram fighters attacked a village in Borno state. The group's leader threatened more attacks on Nigerian troops.",
			1, "13", "", "NGAGOV>NGAMIL"},
		{"the group's director after a rights group", "2020-05-03",
			"Human Rights Watch accused Ethiopia of war crimes. The group's director called for an inquiry.",
			1, "02", "NGOHRIHRW>", ""},
		{"the group's spokesman claims", "2020-05-03",
			"Al-Shabaab militants attacked a hotel in Mogadishu. The group's spokesman claimed responsibility.",
			1, "01", "SOMREB>", ""},

		// 4. A place in what is demanded is not the crowd's home; where
		// they march is. A crowd at an embassy is the host's, aimed at the
		// embassy's state.
		{"marchers in London for Gaza", "2020-06-01",
			"People marched through central London to demand a ceasefire in Gaza.",
			0, "14", "GBRCVL>GBR", ""},
		{"marchers are not Palestinians", "2020-06-01",
			"People marched through central London to demand a ceasefire in Gaza.",
			0, "14", "", "PSECVL>PSE"},
		{"marchers in Paris for Ukraine", "2020-06-01",
			"Tens of thousands marched through central Paris to demand an end to the war in Ukraine.",
			0, "14", "FRACVL>FRA", ""},
		{"a rally calling for a ceasefire", "2020-06-01",
			"Protesters rallied in Istanbul calling for a ceasefire in Gaza.",
			0, "02", "TURCVL>", ""},
		{"a crowd condemning killings abroad", "2020-06-01",
			"Crowds gathered in Jakarta to condemn the killings in Myanmar.",
			0, "11", "IDNCVL>MMR", ""},
		{"a rally against a war abroad", "2020-06-01",
			"Thousands of people rallied in Madrid to protest against the war in Ukraine.",
			0, "14", "", "UKRCVL>UKR"},
		{"protest against a body in its city", "2020-06-01",
			"Thousands of demonstrators protested against the World Trade Organization in Seattle.",
			0, "14", "USACVL>IGOBUSWTO", ""},
		{"a crowd at an embassy is the host's", "2020-06-02",
			"Saudi Arabia executed a prominent Shi'ite cleric on Saturday. Protesters gathered outside the Saudi embassy in Tehran.",
			1, "14", "IRNCVL>SAUGOV", ""},
		{"the crowd is not the embassy's", "2020-06-02",
			"Saudi Arabia executed a prominent Shi'ite cleric on Saturday. Protesters gathered outside the Saudi embassy in Tehran.",
			1, "14", "", "SAUCVL>SAUGOV"},
		{"stones at an embassy go to its state", "2020-06-02",
			"RIYADH (Reuters) - Saudi Arabia executed a prominent Shi'ite cleric on Saturday. Angry crowds outside the Saudi embassy in Tehran threw stones at the building.",
			1, "14", "IRNCVL>SAUGOV", ""},
		{"stones at an embassy are not at the host", "2020-06-02",
			"RIYADH (Reuters) - Saudi Arabia executed a prominent Shi'ite cleric on Saturday. Angry crowds outside the Saudi embassy in Tehran threw stones at the building.",
			1, "14", "", "IRNCVL>IRN"},
		{"a crowd at an embassy with no story", "2020-06-02",
			"Angry crowds outside the French embassy in Niamey chanted anti-French slogans.",
			0, "14", "NERCVL>FRAGOV", ""},
		{"a crowd at an embassy after a strike", "2020-06-02",
			"Israel struck targets in Gaza. Crowds outside the Israeli embassy in Amman chanted slogans.",
			1, "14", "JORCVL>ISRGOV", ""},
		{"students at an embassy", "2020-06-02",
			"Students demonstrated outside the US embassy in Manila.",
			0, "14", "PHLEDU>USAGOV", ""},
		{"an embassy stormed", "2020-06-02",
			"Protesters stormed the Swedish embassy in Baghdad.",
			0, "14", "IRQCVL>SWEGOV", ""},
		{"a protest with its own target keeps it", "2020-06-02",
			"Demonstrators in Paris called for an end to the bombing of Yemen.",
			0, "02", "FRACVL>YEM", ""},
	} {
		evs := codeText(t, p, c.date, c.text)
		var dyads []string
		for _, ev := range evs {
			if ev.SentenceIndex == c.si && rootIn(ev.CAMEORoot, c.root) {
				dyads = append(dyads, storyCodes(ev.Source)+">"+storyCodes(ev.Target))
			}
		}
		if c.not != "" {
			for _, d := range dyads {
				if d == c.not {
					t.Errorf("%s: sentence %d coded %s %s, want no such event; got %s", c.why, c.si, c.root, d, describe(evs))
				}
			}
			if len(dyads) == 0 {
				t.Errorf("%s: sentence %d coded no %s event at all; got %s", c.why, c.si, c.root, describe(evs))
			}
			continue
		}
		found := false
		for _, d := range dyads {
			found = found || d == c.want
		}
		if !found {
			t.Errorf("%s: sentence %d: want %s %s; got %s", c.why, c.si, c.root, c.want, describe(evs))
		}
	}
}

// TestFillPlaces: a place inside what a crowd demands does not locate the
// march when the clause names where it went; with no other place it still
// does.
func TestFillPlaces(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct{ text, root, place string }{
		{"People marched through central London to demand a ceasefire in Gaza.", "14", "London"},
		{"Tens of thousands marched through central Paris to demand an end to the war in Ukraine.", "14", "Paris"},
		{"Protesters rallied in Paris to protest against the war in Ukraine.", "14", "Paris"},
		{"Thousands marched in Berlin calling for an end to the war in Sudan.", "02", "Berlin"},
		{"Thousands of demonstrators protested against the World Trade Organization in Seattle.", "14", "Seattle"},
		{"Students protested in Tehran on Sunday.", "14", "Tehran"},
	} {
		evs := codeText(t, p, "2020-06-01", c.text)
		found := false
		for _, ev := range evs {
			if ev.CAMEORoot == c.root {
				found = true
				if ev.Location == nil || ev.Location.Name != c.place {
					t.Errorf("%q: %s placed at %v, want %s", c.text, ev.CAMEO, ev.Location, c.place)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s event; got %s", c.text, c.root, describe(evs))
		}
	}
}

// FuzzFill: the story-level fill (dateline fallback, possessive
// references, demanded places, embassies) codes any text without
// panicking, and a filled actor's offsets stay inside its sentence.
func FuzzFill(f *testing.F) {
	p := newTestPipeline(f)
	for _, s := range []string{
		"LAGOS (Reuters) - Police fired tear gas. The bloc's chairman urged calm.",
		"NATO met. The alliance's's chief said. The group's",
		"People marched through London to demand a ceasefire in Gaza calling for",
		"Crowds outside the Saudi embassy in Tehran threw stones at the embassy's",
		"Congress blocked aid to Egypt. The assembly's president's",
		"ISLAMABAD (", "X (AFP) -", "the bloc's \xff peace", "demand in", "'s",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, txt string) {
		checkActorOffsets(t, txt, codeText(t, p, "2020-01-01", txt))
	})
}
