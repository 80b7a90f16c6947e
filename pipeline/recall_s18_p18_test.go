package pipeline

import "testing"

// TestRecallS18P18 keeps P18's precision rules (nonpolitical_p18.go and
// the dictionary lines beside them): events coded where no political act
// happened. Each none row is a sentence of our own on which a root used to
// fire; each must row uses the same words where they are an event.
func TestRecallS18P18(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootCase{
		// What a work of fiction narrates (fictionNarrated).
		{why: "a film's plot", text: "The kidnapping of a French tourist was the plot of the new film.", code: "18", none: true},
		{why: "the premise of a series", text: "The assassination of the prime minister is the premise of the new television series.", code: "18", none: true},
		{why: "a fronted novel setting", text: "In the novel, a rebel army seizes the capital of an imaginary country.", code: "19", none: true},
		{why: "a video game setting", text: "In the video game, players invade a fictional Central Asian country.", code: "19", none: true},
		{why: "an actor's role", text: "The actor plays a spy who kidnaps a Russian diplomat in Vienna.", code: "18", none: true},
		{why: "a role arrested", text: "The actress plays a reporter who is arrested by the secret police.", code: "173", none: true},
		{why: "a film follows", text: "The film follows a Kurdish commander who captures an Islamic State emir.", code: "17", none: true},
		{why: "a series depicts (tagged as a noun)", text: "The series depicts how Soviet troops invaded Afghanistan.", code: "19", none: true},
		{why: "an opera tells (tagged as a noun)", text: "The opera tells of a king who declares war on his brother.", code: "19", none: true},
		{why: "a documentary recounts", text: "The documentary recounts how rebels attacked the capital in 1997.", code: "19", none: true},
		{why: "a novel imagines", text: "The graphic novel imagines a China that invades Taiwan.", code: "19", none: true},
		{why: "a thriller centres on", text: "The thriller centres on a CIA agent who assassinates a Russian oligarch.", code: "18", none: true},
		{why: "a play is about", text: "The play is about a queen who imprisons her rivals.", code: "17", none: true},
		{why: "the ban on the film stays, before the frame", text: "The government banned the film, which depicts how soldiers attacked villagers.", code: "19", none: true},
		{why: "must: fighters captured a commander", text: "Kurdish fighters captured an Islamic State commander near Raqqa.", code: "173", src: "-", tgt: "-"},
		{why: "must: troops invaded", text: "Soviet troops invaded Afghanistan in December 1979.", code: "19", src: "SUN", tgt: "AFG"},
		{why: "must: a film's director arrested", text: "Police arrested the director of the film in Tehran.", code: "173", src: "IRN", tgt: "-"},
		{why: "must: an actor detained", text: "The actor was detained by police in Moscow after he criticised the war.", code: "173", src: "RUS", tgt: "-"},
		{why: "must: a real kidnapping", text: "The kidnapping of a French tourist in Mali was claimed by an al Qaeda affiliate.", code: "18", src: "-", tgt: "FRA"},

		// Harm done by an accident, the weather or an animal (accidentAgent).
		{why: "set alight by a short circuit", text: "A school bus was set alight by a short circuit in Nairobi.", code: "17", none: true},
		{why: "set ablaze by an electrical fault", text: "A bus was set ablaze by an electrical fault near Lahore.", code: "17", none: true},
		{why: "killed by a rockfall", text: "Two miners were killed by a rockfall in Chile.", code: "19", none: true},
		{why: "killed by an elephant", text: "A farmer was killed by an elephant in Sri Lanka.", code: "19", none: true},
		{why: "must: set ablaze by rebels", text: "The market was set ablaze by rebels in Borno.", code: "1712", src: "NGA", tgt: "-"},
		{why: "must: set alight by protesters", text: "The bus was set alight by protesters in Santiago.", code: "14", src: "CHL", tgt: "-"},
		{why: "must: killed by soldiers", text: "Three villagers were killed by soldiers in Mali.", code: "19", src: "MLI", tgt: "-"},
		{why: "must: killed by fire from troops (gunfire)", text: "Two Palestinians were killed by Israeli fire in Gaza.", code: "190", src: "ISR", tgt: "-"},

		// A firm, a school or a club disciplining private people (privateDiscipline).
		{why: "an airline's penalties on passengers", text: "The airline introduced penalties on late passengers.", code: "16", none: true},
		{why: "a school expels pupils", text: "The school expelled three pupils for bullying.", code: "17", none: true},
		{why: "a golf club expels a member", text: "The golf club expelled the member for cheating.", code: "17", none: true},
		{why: "a railway warns passengers", text: "The railway company warned passengers of delays.", code: "13", none: true},
		{why: "an insurer threatens a hospital", text: "The insurer threatened to sue the hospital.", code: "1", none: true},
		{why: "a firm threatens a blogger", text: "The firm threatened legal action against the blogger.", code: "13", none: true},
		{why: "must: a state sanctions", text: "The European Union imposed penalties on Chinese steel makers.", code: "163", src: "-", tgt: "CHN"},
		{why: "must: a state firm threatens a state", text: "Gazprom threatened to cut gas supplies to Ukraine.", code: "13", src: "RUS", tgt: "UKR"},
		{why: "must: a state expels", text: "Turkey expelled the Dutch ambassador.", code: "16", src: "TUR", tgt: "NLD"},
		{why: "must: a party expels a lawmaker", text: "The ruling party expelled the lawmaker for criticising the president.", code: "16", src: "-", tgt: "-"},
		{why: "must: a firm accuses a government", text: "The company accused the Chinese government of stealing its technology.", code: "11", src: "-", tgt: "CHN"},

		// A verdict on a state of affairs (impersonalVerdict).
		{why: "outrageous that buses were late", text: "The mayor said it was outrageous that buses were late.", code: "11", none: true},
		{why: "unacceptable that patients wait", text: "The health minister said it was unacceptable that patients wait months for surgery.", code: "11", none: true},
		{why: "a disgrace that the roads", text: "The governor said it was a disgrace that the roads had not been repaired.", code: "11", none: true},
		{why: "must: unacceptable that Russia", text: "The minister said it was unacceptable that Russia had violated Estonian airspace.", code: "11", src: "-", tgt: "RUS"},
		{why: "must: a bare verdict", text: "\"This is outrageous,\" the Chinese foreign ministry spokesman said.", code: "111", src: "CHN", tgt: "-"},

		// A building searched for a person (manhunt).
		{why: "searched a residence for the intruder", text: "Police searched Buckingham Palace, the Queen's residence, for the intruder.", code: "171", none: true},
		{why: "must: searched a residence", text: "FBI agents searched Mar-a-Lago, Donald Trump's residence in Florida, for classified documents.", code: "171", src: "USA", tgt: "-"},

		// A space probe (discards), and a fashion house (sectors).
		{why: "a probe to Mars", text: "NASA launched a probe to Mars on Thursday.", code: "09", none: true},
		{why: "a probe to the far side of the moon", text: "China launched a probe to the far side of the moon.", code: "09", none: true},
		{why: "must: a probe into a killing", text: "The police launched a probe into the killing of the journalist.", code: "09", src: "-", tgt: "-"},
		{why: "a fashion house is a firm", text: "The Italian fashion house sued the online retailer.", code: "11", none: true},
	}
	checkRootCases(t, p, cases)
}
