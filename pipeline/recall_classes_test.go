package pipeline

import "testing"

// TestRecallClasses runs, end to end, the classes of English that the
// recall work on statements (01), material cooperation (06), disapproval
// (11) and assault (18) added to the dictionaries: family members as
// actors, killing and harming verbs, dismissals and questioning, reporting
// verbs, and cooperation in security and trade. Every sentence was written
// for this test. Each class has a sentence that must code and, where a
// word has a common other sense, one that must not be misread. Sides as in
// frameCase: "-" unchecked, "?" empty, "---" no country.
func TestRecallClasses(t *testing.T) {
	p := newTestPipeline(t)
	cases := []frameCase{
		// Family members are civilians, so domestic killings have a side.
		{"a wife as victim", "A Peruvian miner strangled his wife in Arequipa.", "18", "PER", "PER", false},
		{"a husband as attacker in the passive", "A Kenyan teacher was stabbed by her husband in Kisumu.", "18", "KEN", "KEN", false},
		{"children drowned by a parent", "Two Ugandan girls were drowned by their stepfather in a river.", "18", "UGA", "UGA", false},
		{"drowning with no attacker is no assault", "Thirty Senegalese migrants drowned off the coast of Mauritania.", "18", "-", "-", true},
		// Killing and harming verbs of the codebook's 18 family.
		{"poisoning a person", "Agents of the Belarusian state poisoned an exiled opposition activist.", "18", "BLR", "-", false},
		{"poisoning relations is no assault", "The quarrel over water poisoned relations between Egypt and Ethiopia.", "18", "-", "-", true},
		{"an acid attack", "Two men threw acid at an Indian student in Delhi.", "18", "-", "IND", false},
		{"abuse of detainees", "Jailers abused Eritrean prisoners at the camp, a report said.", "18", "-", "ERI", false},
		{"abuse of power is no assault", "The Zambian minister abused his power to award contracts.", "18", "-", "-", true},
		{"suicide attacks as the subject of kill", "Twin suicide attacks killed 25 Somali soldiers in Mogadishu.", "18", "-", "SOM", false},
		{"an assassination attempt survived, by its author", "A Lebanese judge survived an assassination attempt by Syrian agents.", "18", "SYR", "LBN", false},
		// Disapproval: dismissing as worthless, crying foul, questioning accounts.
		{"calling a vote a sham", "Belarusian opposition leaders called the referendum a sham.", "11", "BLR", "-", false},
		{"calling for a vote is no criticism", "Malian opposition parties called for a referendum on the charter.", "11", "-", "-", true},
		{"crying foul", "The Gabonese opposition cried foul over the results.", "11", "GAB", "-", false},
		{"questioning another's account", "The Peruvian government questioned the Bolivian version of the border clash.", "11", "PER", "-", false},
		{"police questioning a suspect is no disapproval", "Nepalese police questioned two suspects for hours.", "11", "-", "-", true},
		{"remarks that sparked outrage: the angered party criticises", "The Italian minister's comments sparked outrage in Tunisia.", "11", "TUN", "ITA", false},
		{"a disaster that sparked anger is no criticism", "The landslide sparked anger in the Nepalese hills.", "11", "-", "-", true},
		// Reporting verbs (01).
		{"underlined that", "Mongolia's president underlined that the mine would stay public.", "01", "MNG", "-", false},
		{"recalled that", "The Armenian foreign minister recalled that the truce had been broken.", "01", "ARM", "-", false},
		{"recalling an envoy is no statement", "Mongolia recalled its ambassador from Beijing.", "01", "-", "-", true},
		{"posting on social media", "The Liberian president posted on Facebook that the port was open.", "01", "LBR", "-", false},
		{"informing a party that", "The Fijian prime minister informed parliament that the treaty was signed.", "01", "FJI", "FJI", false},
		// Material cooperation (06).
		{"coordinating patrols", "Tunisian and Algerian forces coordinated patrols along the frontier.", "06", "TUN", "-", false},
		{"exercising together", "Estonian and Finnish warships exercised together in the Baltic.", "06", "EST", "-", false},
		{"sports teams training together are no cooperation", "Clubs from Brazil and Chile trained together in Santiago before the cup.", "06", "-", "-", true},
		{"coordinating oil output", "Oman coordinated its oil output with Saudi Arabia.", "06", "OMN", "SAU", false},
		{"handing a suspect over", "Rwanda handed the Burundian suspect over to Burundi.", "06", "RWA", "BDI", false},
		{"transferring detainees", "Pakistan transferred three Afghan detainees to Afghanistan.", "06", "PAK", "AFG", false},
	}
	checkFrames(t, p, cases, false)
}
