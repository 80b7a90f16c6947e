package pipeline

import "testing"

// TestS16A16GivenNameBeforeSurname: a one-word surname alias followed by
// another capitalised name word is the given name of a person the
// dictionary does not know ("Johnson Sakaja" is not Boris Johnson);
// a day, a title, an alias of its own or a title-case headline leaves
// the alias alone.
func TestS16A16GivenNameBeforeSurname(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "given name before a surname", text: "Johnson Mwangi accused the police of brutality in Kenya.", code: "11", src: "GBR", tgt: "-", none: true},
		{why: "given name before a surname", text: "Johnson Sakaja met President William Ruto in Nairobi.", code: "04", src: "GBR", tgt: "-", none: true},
		{why: "given name before a surname", text: "Macron Ndlovu, a student leader, condemned the police in Harare.", code: "11", src: "FRA", tgt: "-", none: true},
		{why: "given name before a surname", text: "Putin Mbeki criticised the ruling party in Pretoria.", code: "11", src: "RUS", tgt: "-", none: true},
		{why: "must not: surname alone", text: "Johnson criticised the European Union.", code: "11", src: "GBR", tgt: "IGO"},
		{why: "must not: honorific first", text: "Mr Johnson met Emmanuel Macron in Paris.", code: "04", src: "GBR", tgt: "FRA"},
		{why: "must not: a day after the surname", text: "Macron Tuesday criticised Germany.", code: "11", src: "FRA", tgt: "DEU"},
		{why: "must not: an alias of its own after the surname", text: "Putin Kremlin aides met the Chinese delegation.", code: "04", src: "RUS", tgt: "CHN"},
		{why: "must not: title-case headline", text: "Erdogan Slams Sweden Over Koran Burning", code: "11", src: "TUR", tgt: "SWE"},
		{why: "another state's possessive before a surname", text: "Kenya's Johnson criticised the police.", code: "11", src: "GBR", tgt: "-", none: true},
		{why: "another state's possessive before a surname", text: "Ghana's Johnson accused the opposition of fraud.", code: "11", src: "GHA", tgt: "GHA"},
		{why: "must not: his own state's possessive", text: "Britain's Johnson criticised the European Union.", code: "11", src: "GBR", tgt: "IGO"},
		{why: "must not: his own state's possessive", text: "Turkey's Erdogan met Sweden's Kristersson in Vilnius.", code: "04", src: "TUR", tgt: "SWE"},
		{why: "must not: an IGO's head", text: "The EU's Borrell criticised Israel.", code: "11", src: "IGO", tgt: "ISR"},
	})
}

// TestS16A16SelfComplement: what follows "declared himself" is the
// subject's claimed role, not a party, and a later "him" is the subject.
func TestS16A16SelfComplement(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "him after a reflexive complement", text: "Juan Guaido declared himself interim president, and Donald Trump recognised him.", code: "054", src: "USA", tgt: "VEN"},
		{why: "must not: him as his own recogniser's state", text: "Juan Guaido declared himself interim president, and Donald Trump recognised him.", code: "054", src: "USA", tgt: "USA", none: true},
		{why: "him after a reflexive complement", text: "Alassane Ouattara proclaimed himself president, and the African Union backed him.", code: "05", src: "IGO", tgt: "CIV"},
		{why: "no party named by the complement", text: "Ali Bongo named himself party leader, and France congratulated him.", code: "05", src: "FRA", tgt: "FRA", none: true},
		{why: "must not: a party after a preposition", text: "Russia defended itself against Ukraine, and Germany condemned Russia.", code: "11", src: "DEU", tgt: "RUS"},
		{why: "must not: him with no reflexive", text: "Mahmoud Abbas met Benjamin Netanyahu and thanked him.", code: "05", src: "PSE", tgt: "ISR"},
	})
}

// TestS16A16CrowdStorm: a crowd storming a named institution riots (145);
// armed men and police storming keep force and raids.
func TestS16A16CrowdStorm(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "supporters storm a legislature", text: "Supporters of Jair Bolsonaro stormed Congress in Brasilia.", code: "145", src: "BRA", tgt: "BRA"},
		{why: "supporters storm a court", text: "Supporters of Jair Bolsonaro stormed the Supreme Court in Brasilia.", code: "145", src: "BRA", tgt: "BRA"},
		{why: "protesters storm a court", text: "Protesters stormed the Supreme Court in Brasilia.", code: "145", src: "BRA", tgt: "BRA"},
		{why: "demonstrators storm an assembly", text: "Demonstrators stormed the National Assembly in Belgrade.", code: "145", src: "SRB", tgt: "SRB"},
		{why: "a following storms an assembly", text: "Supporters of the former president stormed the national assembly in Kinshasa.", code: "145", src: "COD", tgt: "COD"},
		{why: "must not: not force", text: "Demonstrators stormed the National Assembly in Belgrade.", code: "19", src: "-", tgt: "-", none: true},
		{why: "must not: armed men storm", text: "Taliban fighters stormed the governor's compound in Kunduz.", code: "190", src: "AFG", tgt: "-"},
		{why: "must not: militants storm", text: "Militants stormed the parliament in Kabul.", code: "190", src: "AFG", tgt: "-"},
		{why: "must not: police raid", text: "Police stormed the opposition headquarters in Caracas.", code: "171", src: "VEN", tgt: "VEN"},
		{why: "a crowd storms the Capitol", text: "Trump supporters stormed the Capitol in Washington.", code: "145", src: "USA", tgt: "-"},
		{why: "a crowd storms a state capitol", text: "Protesters stormed the state capitol in Madison.", code: "145", src: "USA", tgt: "-"},
		{why: "must not: the Capitol guarded", text: "Police officers guarded the Capitol after the riot.", code: "14", src: "-", tgt: "-", none: true},
	})
}

// TestS16A16HeldAbroad: a demand for the release of one's own nationals
// held in another state is addressed to that state.
func TestS16A16HeldAbroad(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "citizens detained in", text: "Nigeria demanded the release of its citizens detained in Ghana.", code: "10", src: "NGA", tgt: "GHA"},
		{why: "must not: demand to itself", text: "Nigeria demanded the release of its citizens detained in Ghana.", code: "10", src: "NGA", tgt: "NGA", none: true},
		{why: "fishermen held in", text: "India called for the release of its fishermen held in Sri Lanka.", code: "02", src: "IND", tgt: "LKA"},
		{why: "workers detained in", text: "The Philippines urged the release of Filipino workers detained in Saudi Arabia.", code: "02", src: "PHL", tgt: "SAU"},
		{why: "nationals held in", text: "France demanded the release of French nationals held in Iran.", code: "10", src: "FRA", tgt: "IRN"},
		{why: "sailors kidnapped in", text: "Indonesia demanded the release of its sailors kidnapped in the Philippines.", code: "10", src: "IDN", tgt: "PHL"},
		{why: "must not: no holder named", text: "Nigeria demanded the release of its citizens.", code: "10", src: "NGA", tgt: "NGA"},
		{why: "must not: held at home", text: "Mexico demanded the release of its nationals detained in Mexico City.", code: "10", src: "MEX", tgt: "MEX"},
		{why: "must not: the holder addressed already", text: "Ghana demanded that Nigeria release its citizens.", code: "10", src: "GHA", tgt: "NGA"},
	})
}

// TestS16A16PreviousPair: "the two countries" after a sentence whose
// one-way event named two states are those two.
func TestS16A16PreviousPair(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "pair of the accusation before", text: "Armenia has accused Azerbaijan of shelling its villages. The two countries agreed to a ceasefire on Tuesday.", code: "087", src: "ARM", tgt: "AZE"},
		{why: "pair of the accusation before", text: "Ethiopia accused Sudan of arming rebels on Monday. The two countries later agreed to hold talks.", code: "036", src: "ETH", tgt: "SDN"},
		{why: "fronted date", text: "Armenia has accused Azerbaijan of shelling its villages. On Tuesday the two countries agreed to a ceasefire.", code: "087", src: "ARM", tgt: "AZE"},
		{why: "must not: an act only foreseen names no pair", text: "Pakistan may ask India for talks. The two countries agreed to a ceasefire.", code: "087", src: "PAK", tgt: "IND", none: true},
		{why: "must not: a pair two sentences back", text: "Armenia accused Azerbaijan of shelling its villages. Russia sent peacekeepers. The two countries agreed to a ceasefire.", code: "087", src: "ARM", tgt: "AZE", none: true},
	})
}

// TestS16A16PeoplesRally: a people named by its plural that rallies or
// marches somewhere demonstrates, and takes the place's state.
func TestS16A16PeoplesRally(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "Kurds rally", text: "Kurds rallied in Qamishli on Friday.", code: "141", src: "SYR", tgt: "-"},
		{why: "Kurds rally", text: "Thousands of Kurds rallied in Diyarbakir on Sunday.", code: "141", src: "TUR", tgt: "-"},
		{why: "Tamils march", text: "Tamils marched in Chennai.", code: "141", src: "IND", tgt: "-"},
		{why: "Hazaras rally", text: "Hazaras rallied in Quetta after the bombing.", code: "141", src: "PAK", tgt: "-"},
		{why: "Yazidis march", text: "Yazidis marched in Sinjar to mark the anniversary of the massacre.", code: "141", src: "IRQ", tgt: "-"},
		{why: "must not: rallying behind a team", text: "Kurds rallied behind the national team before the final.", code: "14", src: "-", tgt: "-", none: true},
		{why: "must not: fighters march", text: "Kurdish fighters marched into the town after the battle.", code: "14", src: "-", tgt: "-", none: true},
	})
}

// TestS16A16TopicForce: a nominal use of force that a protest or a
// condemnation is about is no event of its own.
func TestS16A16TopicForce(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "protest against an operation", text: "Protesters rallied in Peshawar against military operations.", code: "19", src: "-", tgt: "-", none: true},
		{why: "protest against an operation", text: "Protesters rallied in Peshawar against military operations.", code: "141", src: "PAK", tgt: "-"},
		{why: "march against an operation", text: "Students marched in Islamabad against the military operation in Waziristan.", code: "19", src: "-", tgt: "-", none: true},
		{why: "protest at an operation", text: "Students protested the military operation in Waziristan.", code: "19", src: "-", tgt: "-", none: true},
		{why: "demonstration against an intervention", text: "Activists demonstrated in London against the military intervention in Libya.", code: "19", src: "-", tgt: "-", none: true},
		{why: "must not: launched", text: "Russia launched a military operation in Ukraine.", code: "190", src: "RUS", tgt: "UKR"},
		{why: "must not: an offensive as subject", text: "Israel's ground offensive in Gaza killed dozens of people.", code: "190", src: "ISR", tgt: "PSE"},
	})
}
