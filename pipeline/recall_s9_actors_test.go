package pipeline

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
)

// TestRecallS9Actors codes wire sentences written for the ninth session's
// actor families: provinces and states below the state (Nigerian states
// whose names are also rivers, countries or landforms, regions at war in
// Ethiopia, Myanmar, Sudan, Congo, Iraq and Syria), institutions whose
// state is implied (Congress, the Duma, central banks) and fixed
// epithets ("the world body"). Each event's code is easy, so only the
// sides vary.
func TestRecallS9Actors(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// Nigerian states, "state" in lower case as wire copy writes it.
		{why: "Plateau state officials", text: "Plateau state officials accused herders of burning three villages on Saturday.", code: "112", src: "NGAGOV", tgt: "-"},
		{why: "the governor of a state named after a landform", text: "The governor of Plateau state on Monday condemned the killing of 30 farmers.", code: "111", src: "NGAGOV", tgt: "-"},
		{why: "Niger state is Nigeria's", text: "Niger state governor Umar Bago met traditional rulers in Minna on Tuesday.", code: "04", src: "NGAGOV", tgt: "-"},
		{why: "Niger state police", text: "Niger state police arrested eight suspected kidnappers on the Abuja highway.", code: "173", src: "NGACOP", tgt: "-"},
		{why: "Rivers state government", text: "The Rivers state government accused the oil firm of polluting creeks.", code: "11", src: "NGAGOV", tgt: "-"},
		{why: "Cross River state", text: "The Cross River state government accused Cameroonian separatists of raiding border villages.", code: "11", src: "NGAGOV", tgt: "-"},
		{why: "a smaller state named alone", text: "Kebbi police arrested a gang of cattle rustlers on Friday.", code: "173", src: "NGACOP", tgt: "-"},
		// Niger the country keeps its own name and its state media.
		{why: "Niger's president is Niger's", text: "Niger's president received the Russian deputy defence minister in Niamey.", code: "04", src: "NER", tgt: "RUS"},
		{why: "Niger state television is the country's", text: "Niger state television accused France of plotting to destabilise the country.", code: "11", src: "NERMED", tgt: "FRA"},
		// Regions at war inside a state: their bodies and people are its own.
		{why: "the Tigray regional government", text: "The Tigray interim regional government accused Eritrean troops of looting.", code: "11", src: "ETHGOV", tgt: "ERI"},
		{why: "Amhara militiamen", text: "Amhara militiamen ambushed a federal army convoy near Gondar.", code: "19", src: "ETH", tgt: "ETH"},
		{why: "Tigray forces are rebels", text: "Tigray forces shelled federal positions near Alamata on Thursday.", code: "19", src: "ETHREB", tgt: "-"},
		{why: "Oromia police", text: "Oromia regional police detained a prominent opposition figure in Adama.", code: "173", src: "ETHCOP", tgt: "-"},
		{why: "Rakhine state officials", text: "Rakhine state officials accused the Arakan Army of seizing a ferry.", code: "11", src: "MMRGOV", tgt: "MMRREB"},
		{why: "Kachin state police", text: "Kachin state police detained a Baptist pastor in Myitkyina.", code: "173", src: "MMRCOP", tgt: "-"},
		{why: "South Kordofan governor", text: "The South Kordofan governor accused rebels of shelling Kadugli.", code: "11", src: "SDNGOV", tgt: "-"},
		{why: "North Kivu military governor", text: "The North Kivu military governor accused Rwanda of backing the rebels.", code: "11", src: "COD", tgt: "RWA"},
		{why: "Ituri officials", text: "Ituri provincial officials accused CODECO fighters of killing displaced people.", code: "11", src: "COD", tgt: "COD"},
		{why: "an Iraqi provincial council", text: "The Nineveh provincial council accused a militia of seizing farmland.", code: "11", src: "IRQGOV", tgt: "-"},
		{why: "Basra police", text: "Basra police detained four men over the killing of an activist.", code: "173", src: "IRQCOP", tgt: "-"},
		{why: "Daraa elders", text: "Daraa tribal elders accused government forces of breaking the truce.", code: "11", src: "SYR", tgt: "SYR"},
		{why: "Sinaloa state prosecutors", text: "Sinaloa state prosecutors charged a police commander with murder.", code: "173", src: "MEXJUD", tgt: "MEX"},
		{why: "Waziristan elders", text: "South Waziristan tribal elders accused militants of kidnapping teachers.", code: "11", src: "PAK", tgt: "PAK"},
		// Provinces and cities of states at war, and regions with their own
		// government.
		{why: "a Russian border governor", text: "The Bryansk governor accused Ukrainian saboteurs of attacking a village.", code: "11", src: "RUSGOV", tgt: "UKR"},
		{why: "a Ukrainian city's mayor", text: "Kharkiv's mayor accused Russia of targeting power stations.", code: "11", src: "UKRGOV", tgt: "RUS"},
		{why: "Afghan provincial police", text: "Kandahar police arrested three men over the killing of a cleric.", code: "173", src: "AFGCOP", tgt: "-"},
		{why: "a Yemeni governor", text: "The Taiz governor accused the Houthis of sniping at civilians.", code: "11", src: "YEMGOV", tgt: "YEMREB"},
		{why: "the Basque government", text: "The Basque government condemned the vandalism of a socialist party office.", code: "111", src: "ESPGOV", tgt: "-"},
		{why: "Zanzibar police", text: "Zanzibar police detained an opposition candidate after the vote.", code: "173", src: "TZACOP", tgt: "-"},
		{why: "Iranian provincial police", text: "Khuzestan police arrested dozens of protesters over water shortages.", code: "173", src: "IRNCOP", tgt: "-"},
		// "the region's governor" is of the place the sentence named.
		{why: "a Russian region's governor reports", text: "A Ukrainian drone struck an oil depot in Bryansk overnight, the region's governor said.", code: "19", src: "UKR", tgt: "RUS"},
		{why: "a Nigerian state's governor accuses", text: "Gunmen killed 30 villagers in Benue state on Sunday, and the state's governor accused herders of the attack.", code: "1123", src: "NGAGOV", tgt: "-"},
		// Palestinian cities are the Authority's; the Jerusalem police Israel's.
		{why: "a Palestinian governor", text: "The Nablus governor accused settlers of torching olive groves.", code: "11", src: "PSEGOV", tgt: "-"},
		{why: "a raid on a Palestinian city", text: "Israeli forces raided Tulkarm before dawn, the army said.", code: "19", src: "ISR", tgt: "PSE"},
		{why: "the Jerusalem police", text: "Jerusalem police detained three Palestinian teenagers near the Old City.", code: "173", src: "ISRCOP", tgt: "PSE"},
		// Divided Punjab and Kashmir: English names whose part it is.
		{why: "Pakistan's Punjab is a province", text: "Punjab province police arrested a cleric accused of blasphemy.", code: "173", src: "PAKCOP", tgt: "-"},
		{why: "India's Punjab is a state", text: "The Punjab state government accused the federal government of withholding funds.", code: "11", src: "INDGOV", tgt: "IND"},
		{why: "Azad Kashmir is Pakistan's", text: "The Azad Kashmir prime minister accused India of shelling border villages.", code: "11", src: "PAKGOV", tgt: "IND"},
		// Georgia's offices that only the US state has.
		{why: "a Georgia governor is American", text: "Georgia Gov. Brian Kemp accused federal agencies of ignoring the storm damage.", code: "11", src: "USAGOV", tgt: "-"},
		{why: "the country Georgia stays", text: "Georgia's prime minister accused the opposition of plotting a revolution.", code: "11", src: "GEOGOV", tgt: "GEO"},
		// Institutions whose state is implied.
		{why: "a foreign leader appeals to Congress", text: "Zelensky appealed to Congress on Tuesday for more air defence systems.", code: "02", src: "UKR", tgt: "USALEG"},
		{why: "Congress alone", text: "Congress imposed new sanctions on Iranian oil exports.", code: "16", src: "USALEG", tgt: "IRN"},
		{why: "a Latin American president and Congress", text: "Colombian President Gustavo Petro urged Congress to approve his health reform.", code: "02", src: "COL", tgt: "COLLEG"},
		{why: "a state's own Congress", text: "Guatemala's Congress voted to strip the prosecutor of immunity.", code: "172", src: "GTMLEG", tgt: "-"},
		{why: "the Congress in Indian news is the party", text: "The Congress accused Prime Minister Narendra Modi of hiding the unemployment figures.", code: "11", src: "INDPTY", tgt: "INDGOV"},
		{why: "the Duma alone", text: "The Duma chairman accused Washington of prolonging the war.", code: "11", src: "RUSLEG", tgt: "USA"},
		{why: "the Bundesbank", text: "The Bundesbank criticised the government's borrowing plans.", code: "11", src: "DEUGOV", tgt: "DEU"},
		{why: "the world body", text: "The world body condemned the shelling of a hospital in Kharkiv.", code: "111", src: "IGOUNO", tgt: "-"},
		// Epithets of international bodies.
		{why: "the global nuclear watchdog", text: "The global nuclear watchdog accused Iran of hiding uranium traces.", code: "11", src: "IGOUNOIAE", tgt: "IRN"},
		{why: "the transatlantic alliance", text: "The transatlantic alliance warned Moscow against any attack on its members.", code: "13", src: "IGOWSTNAT", tgt: "RUS"},
		{why: "the oil cartel is OPEC", text: "The oil cartel rejected American calls to pump more crude.", code: "12", src: "IGOBUSOPC", tgt: "USA"},
		// Fixed epithets of states.
		{why: "Uncle Sam", text: "Uncle Sam imposed fresh sanctions on Venezuelan oil.", code: "16", src: "USA", tgt: "VEN"},
		// Seats of government named for the government.
		{why: "the Casa Rosada", text: "The Casa Rosada accused striking teachers of holding the provinces hostage.", code: "11", src: "ARGGOV", tgt: "-"},
		{why: "Malacanang", text: "Malacanang condemned the Chinese coast guard's use of water cannon.", code: "111", src: "PHLGOV", tgt: "-"},
		{why: "Palazzo Chigi", text: "Palazzo Chigi rejected the French criticism of its migrant deal with Albania.", code: "12", src: "ITAGOV", tgt: "-"},
		{why: "South Block", text: "South Block rejected the Canadian allegations as absurd.", code: "016", src: "INDGOV", tgt: "CAN"},
		{why: "Miraflores as an agent", text: "Miraflores accused the Colombian government of harbouring plotters.", code: "11", src: "VENGOV", tgt: "COL"},
		// "officers" alone are police, whose state the place gives.
		{why: "bare officers arrest", text: "Officers arrested four men after a brawl outside a stadium in Nairobi.", code: "173", src: "KENCOP", tgt: "-"},
		{why: "plainclothes officers", text: "Plainclothes officers detained a rights lawyer outside a court in Minsk.", code: "173", src: "BLRCOP", tgt: "-"},
		{why: "officers as victims", text: "Gunmen abducted three officers at a checkpoint in Katsina state.", code: "181", src: "-", tgt: "NGACOP"},
		{why: "the officers fired", text: "The officers fired tear gas at striking teachers in Harare.", code: "17", src: "ZWECOP", tgt: "-"},
		{why: "senior officers are the military's", text: "Senior officers met the junta leader in Ouagadougou on Monday.", code: "04", src: "-", tgt: "-"},
	})
}

// TestRecallS9ActorsMustNot holds the same words where they name no actor
// of the kind above: a place after a preposition or after "the city of",
// a river, a party, a historical congress, a university.
func TestRecallS9ActorsMustNot(t *testing.T) {
	p := newTestPipeline(t)
	cases := []struct {
		why, text, name, notCode string // no actor whose text holds name may have a code starting notCode ("" any)
	}{
		{"a place after 'in' is no actor", "Gunmen killed 14 villagers in Plateau state on Sunday, police said.", "Plateau", ""},
		{"a region after 'in' is a place", "Fighting spread across Tigray and Amhara last week.", "Tigray", ""},
		{"the Blue Nile is a river", "Egypt accused Ethiopia of filling the dam on the Blue Nile without a deal.", "Nile", ""},
		{"the Niger River is no state", "Gunmen attacked a boat on the Niger River, killing six traders.", "Niger", "NER"},
		{"the Congress party is India's", "The Congress party accused the government of hiding job figures.", "Congress", "USA"},
		{"a Congress leader in India", "Congress leader Rahul Gandhi accused Modi of betraying farmers.", "Congress", "USA"},
		{"Ohio State University is a school", "Ohio State University students protested against the tuition increase.", "Ohio", "USALEG"},
		{"Niger state media is no Nigerian state", "Niger state media accused ECOWAS of planning an invasion.", "Niger", "NGA"},
		{"a town of the same name", "Inspectors visited the site of the gas attack in Duma.", "Duma", ""},
		{"a state of emergency is no state", "Niger's junta declared a state of emergency in the Tillaberi region.", "Niger", "NGA"},
		{"Niger state of emergency", "Niger declared a state of emergency after the floods.", "Niger", "NGA"},
		{"a headline's Niger state of emergency", "Niger state of emergency extended after jihadist attacks", "Niger", "NGA"},
		{"a region after 'into the' is a place", "Ukrainian troops pushed into the Kursk region in August.", "Kursk", ""},
		{"a district of Lima", "Protesters clashed with police in Miraflores on Saturday.", "Miraflores", ""},
		{"an abbey is no parliament", "Mourners gathered outside Westminster Abbey for the funeral.", "Westminster", ""},
		{"a bank's officer is no police", "The bank's compliance officer accused the board of fraud in Lagos.", "officer", ""},
		{"loan officers are no police", "Loan officers rejected the applications of farmers in Kenya.", "officers", ""},
		{"officers of a company", "Officers of the bank were accused of fraud in Lagos.", "Officers", ""},
		{"senior officers are no police", "Senior officers met the junta leader in Ouagadougou on Monday.", "officers", "BFACOP"},
	}
	// A region or city named after "in" or "the city of" is where the event
	// happened, not its agent: the place must survive as its location.
	for _, c := range []struct{ text, place string }{
		{"Thousands of Kurds demonstrated in the northern city of Kirkuk on Sunday.", "Kirkuk"},
		{"Russian drones struck an apartment block in Odesa overnight.", "Odess"},
		{"Bandits abducted 20 schoolchildren in Zamfara state on Friday.", "Zamfara"},
	} {
		evs := codeText(t, p, "2024-05-01", c.text)
		if len(evs) == 0 {
			t.Errorf("%q coded nothing", c.text)
		}
		for _, ev := range evs {
			if ev.Location == nil || !strings.Contains(ev.Location.Name, c.place) {
				t.Errorf("%q: %s lost its place %s (%v)", c.text, ev.CAMEO, c.place, ev.Location)
			}
		}
	}
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		for i := range evs {
			e := &evs[i]
			for _, a := range append(append([]event.Actor{}, e.Source...), e.Target...) {
				if strings.Contains(a.Text, c.name) && strings.HasPrefix(a.Code, c.notCode) {
					t.Errorf("%s: %q coded %s %s>%s with %q as %s", c.why, c.text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target), a.Text, a.Code)
				}
			}
		}
	}
}
