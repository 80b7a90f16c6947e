package pipeline

import (
	"testing"
)

// TestRecallActors2: the second pass over actor phrases in wire copy:
// allied conjuncts, people nouns that are no sector words yet, crowds at
// a foreign embassy, a capital after "through central", faith sectors
// placed by the text, kin after a possessive, captive nouns that only
// modify a thing, and a country adjective over coordinated nouns. Every
// sentence was written for this test; each rule has must-not cases
// beside it (notSrc, notTgt, notTxt as in longActorCase).
func TestRecallActors2(t *testing.T) {
	p := newTestPipeline(t)
	cases := []longActorCase{
		// "and allied": both conjuncts act.
		{"allied rebels act beside the troops", "ANKARA (Reuters) - Turkish troops and allied Syrian rebels attacked Kurdish YPG positions near the town of Tal Rifaat on Sunday, Turkey's defence ministry said, in the latest escalation along the border.", "19", "TURMIL", "-", "", "", ""},
		{"allied rebels are a source too", "ANKARA (Reuters) - Turkish troops and allied Syrian rebels attacked Kurdish YPG positions near the town of Tal Rifaat on Sunday, Turkey's defence ministry said, in the latest escalation along the border.", "19", "SYRREB", "-", "", "", ""},
		{"allied militiamen", "Ethiopian soldiers and allied Somali militiamen attacked al-Shabaab positions near the town of Baidoa on Friday, a Somali military official told reporters, adding that 30 militants had been killed.", "19", "ETHMIL", "SOMREB", "", "", ""},
		{"their allied forces", "NAIROBI (AFP) - Kenyan troops and their allied Somali forces captured the port of Kismayo from al-Shabaab militants on Friday, a Kenyan army spokesman said.", "19", "SOMMIL", "SOMREB", "", "", ""},
		{"must not: allied leaders met are the object", "The prime minister met allied leaders in Brussels on Thursday to discuss aid to Kyiv, his office said.", "04", "-", "-", "", "", ""},
		// People nouns of a state abroad.
		{"instructors are the sender's forces", "LONDON (Reuters) - British instructors trained thousands of Ukrainian recruits at bases in southern England last year, the Ministry of Defence said on Tuesday.", "07", "GBRMIL", "UKR", "", "", ""},
		{"instructors arriving", "BANGUI (AFP) - Russian instructors arrived in the Central African Republic on Tuesday to train the national army, the presidency said, despite objections from France.", "04", "RUSMIL", "CAF", "CAF", "", ""},
		{"military advisers", "WASHINGTON (AP) - US military advisers helped Iraqi forces retake Mosul from Islamic State in 2017, the Pentagon said on Monday.", "07", "USAMIL", "IRQMIL", "", "", ""},
		{"engineers are civilians at work", "QUETTA, Pakistan (Reuters) - Gunmen kidnapped three Chinese engineers working on a road project in southwestern Pakistan on Monday, police said, in the latest attack on Chinese nationals in the country.", "18", "-", "CHNBUS", "", "PAK", ""},
		{"engineers abducted abroad", "KANO, Nigeria (AP) - Gunmen abducted two Turkish engineers from a construction site in northern Nigeria on Sunday, a police spokesman said, adding that a search was under way.", "18", "-", "TURBUS", "", "TURMIL", ""},
		{"contractors are a business", "US contractors were killed in an ambush in the Iraqi city of Fallujah in March 2004, prompting a US assault on the city weeks later.", "19", "-", "USABUS", "", "", ""},
		// Crowds at an embassy are of the city's state.
		{"crowds outside an embassy", "TEHRAN (Reuters) - Angry crowds outside the Saudi embassy in Tehran set fire to part of the building on Saturday after Riyadh executed a prominent Shiite cleric, state media reported.", "14", "IRNCVL", "-", "SAU", "", ""},
		{"students gathered outside an embassy", "ISLAMABAD (AP) - Hundreds of students protested outside the Danish embassy in Islamabad on Friday, chanting slogans against the publication of cartoons in a Copenhagen newspaper.", "14", "PAKEDU", "DNK", "DNK", "", ""},
		{"demonstrators at a consulate", "KARACHI, Pakistan (Reuters) - Demonstrators gathered outside the US consulate in Karachi on Sunday to denounce a drone strike that killed civilians in the tribal areas, police said.", "14", "PAKCVL", "USA", "USA", "", ""},
		{"students near an embassy", "Students gathered near the French embassy in Dakar on Thursday to protest against the visit of the French president, witnesses said.", "14", "SENEDU", "-", "FRA", "", ""},
		{"must not: police at an embassy keep their state", "NAIROBI (AFP) - Police outside the US embassy in Nairobi arrested ten demonstrators on Tuesday who were protesting against the war in Gaza, witnesses said.", "17", "KENCOP", "-", "USA", "USA", ""},
		// A capital after "through central" is the scene, not an actor.
		{"marchers through central Nairobi", "Thousands of Kenyans marched through central Nairobi on Saturday to demand lower food prices, as police fired tear gas at protesters in the city's slums.", "14", "KENCVL", "-", "", "", ""},
		{"must not: a capital as subject stays the state", "London condemned the attack on the embassy in Kabul on Monday, the Foreign Office said, and summoned the Afghan ambassador.", "11", "GBR", "-", "", "", ""},
		// Faith sectors placed by the text.
		{"clerics in a capital", "NAJAF, Iraq (Reuters) - Shiite clerics in Baghdad condemned the bombing of a Shiite shrine in Samarra on Wednesday, urging their followers not to take revenge.", "11", "IRQSHI", "-", "", "", ""},
		{"faith leaders in a country", "Shiite leaders in Bahrain called for calm on Friday after clashes between police and protesters in villages outside Manama, a statement said.", "02", "BHRSHI", "-", "", "", ""},
		{"Muslims in a country", "Muslims in India protested on Friday against a new citizenship law that critics say discriminates against them, a week after deadly riots in New Delhi.", "14", "INDMOS", "-", "", "", ""},
		{"monks in a city", "YANGON (Reuters) - Buddhist monks in Yangon marched against the military government for a fifth day in September 2007, witnesses said, defying warnings from the junta.", "14", "MMRBUD", "MMRGOV", "", "", ""},
		{"Jewish leaders are religious, not a government", "PARIS (AFP) - Jewish leaders in France condemned the attack on a synagogue in Rouen on Friday and called for more police protection for places of worship.", "11", "FRAJEW", "-", "FRAGOV", "", ""},
		{"must not: a region gives no state", "Muslims in Europe condemned the attack on the mosque in Christchurch on Friday, calling it an act of terror.", "11", "-", "-", "GBR", "", ""},
		// Settlers.
		{"Jewish settlers are Israeli", "RAMALLAH, West Bank (Reuters) - Jewish settlers attacked Palestinian farmers harvesting olives near the village of Burin on Saturday, the Palestinian health ministry said.", "19", "ISRSET", "PSE", "PSE", "", ""},
		{"settlers and soldiers share the adjective", "HEBRON, West Bank (AP) - Israeli settlers and soldiers raided the Palestinian village of Huwara near Nablus on Sunday night, setting cars on fire, the Palestinian news agency WAFA said.", "19", "ISRMIL", "PSE", "PSE", "", ""},
		{"police and soldiers share the adjective", "KABUL (AP) - Afghan police and soldiers clashed with Taliban fighters in the southern province of Kandahar on Tuesday, a provincial spokesman said.", "19", "AFGCOP", "AFGREB", "", "", ""},
		{"must not: a determiner opens a new phrase", "GAZA (Reuters) - Israeli troops and the militants exchanged fire near the border fence on Friday, the Israeli military said.", "19", "ISRMIL", "-", "", "", ""},
		// Kin after a possessive are civilians.
		{"conscripts' mothers", "MOSCOW (Reuters) - Conscripts' mothers protested in central Moscow on Saturday against the war in Chechnya, demanding that their sons be brought home, organisers said.", "14", "RUSCVL", "-", "RUSMIL", "", ""},
		{"soldiers' wives", "KYIV (Reuters) - Soldiers' wives protested in central Kyiv on Sunday to demand that their husbands be demobilised after two years at the front, organisers said.", "14", "UKRCVL", "-", "UKRMIL", "", ""},
		{"families of the missing", "COLOMBO (AFP) - The families of the missing protested in Colombo on Monday, demanding that the government say what happened to thousands who disappeared during the civil war.", "14", "LKACVL", "-", "", "", ""},
		{"must not: hostage families keep their state", "JERUSALEM (Reuters) - Hostage families protested outside the defence ministry in Tel Aviv on Saturday night, demanding a deal to bring their relatives home from Gaza.", "14", "ISRCVL", "-", "PSE", "", ""},
		// A captive's noun before a thing is its topic.
		{"hostage talks are no actor", "CAIRO (Reuters) - Hostage talks between Israel and Hamas resumed in Cairo on Tuesday with Egyptian and Qatari mediators, two Egyptian security sources said.", "04", "ISR", "-", "", "", "Hostage"},
		{"prisoner swap talks are no actor", "DOHA (AFP) - Prisoner swap talks between Russia and Ukraine resumed in the Qatari capital on Friday, a diplomatic source said, weeks after the last exchange of captured soldiers.", "04", "RUS", "UKR", "", "", "Prisoner"},
		{"must not: a hostage alone is a person", "BAMAKO (AFP) - A hostage was freed in northern Mali on Thursday after six years in captivity, the French foreign ministry said.", "08", "-", "MLICVL", "", "", ""},
		// Groups of states.
		// Diplomats expelled are relations reduced (161), as the dev sets code "expel dozens of Russian diplomats" (N22).
		{"Baltic states", "The Baltic states expelled dozens of Russian diplomats in 2022, accusing them of espionage on behalf of Moscow, the three governments said.", "16", "EEU", "RUS", "", "", ""},
		{"Nordic ministers", "OSLO (Reuters) - Nordic defence ministers met in Oslo on Monday to coordinate aid to Ukraine, the Norwegian ministry said.", "04", "SCNGOV", "-", "", "", ""},
		// A backer is not the actor (kept from the first pass).
		{"a backer gives no country", "Iranian-backed militias fired rockets at a US base in eastern Syria on Monday, causing no casualties, the Pentagon said.", "19", "-", "USA", "IRN", "", ""},
	}
	checkLongActorCases(t, p, cases)
}
