package pipeline

import "testing"

// TestRecallS23C23 covers C23's rules for the roots the raters code and
// parley missed most (06, 07, 10, 18): an assassination attempt told by
// its noun or escaped (185); victims who died in a bomb or grenade blast
// (183 and its kinds, the dead the target); an attack carried out by a
// suicide bomber; grenade and knife or machete attacks (183, 1823);
// victims killed by an armed group "in a bomb attack" (183, not 190);
// a joint force of two states' soldiers (062); intelligence provided by,
// or a tip-off acted on from, another state (064); aid to a place that
// resumes or supplies that reach a besieged town (073); demands told by
// their noun (100); a grenade that explodes (183); suspects handed to
// the police, whose state is not named (063). Must-not rows show what each rule leaves alone.
// Every sentence was written for this test.
func TestRecallS23C23(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// Assassination attempts by their noun, or escaped.
		{why: "attempt on the president foiled", text: "An assassination attempt on the Peruvian president was foiled in Lima.", code: "185", src: "-", tgt: "PER"},
		{why: "escaped an assassination attempt", text: "The Pakistani interior minister escaped an assassination attempt near Lahore.", code: "185", src: "-", tgt: "PAK"},
		{why: "escaped an attempt on her life", text: "The Somali speaker escaped an attempt on her life in Mogadishu.", code: "185", src: "-", tgt: "SOM"},
		{why: "escaped a building", text: "The Somali speaker escaped from the burning building in Mogadishu.", code: "18", none: true},
		{why: "escaped a censure vote", text: "The Pakistani minister escaped a vote of censure in parliament.", code: "18", none: true},
		// Victims who died in a bomb or grenade blast.
		{why: "died in a car bomb explosion", text: "Nine Iraqi policemen died in a car bomb explosion in Kirkuk.", code: "1832", src: "-", tgt: "IRQ"},
		{why: "died in a roadside bomb blast", text: "Two Afghan soldiers died in a roadside bomb blast in Kandahar.", code: "1833", src: "-", tgt: "AFG"},
		{why: "died in a grenade explosion", text: "Three Burundian civilians died in a grenade explosion at a bus stop in Bujumbura.", code: "183", src: "-", tgt: "BDI"},
		{why: "a gas explosion is no bombing", text: "Nine Iraqi workers died in a gas explosion in Kirkuk.", code: "18", none: true},
		// Bombings carried out by a bomber or a group.
		{why: "carried out by a suicide bomber", text: "The attack on the checkpoint was carried out by a suicide bomber.", code: "1831", src: "-", tgt: "-"},
		{why: "a raid carried out by an army", text: "The raid in Peshawar was carried out by the Pakistani army.", code: "18", none: true},
		// Grenade, knife and machete attacks.
		{why: "grenade attack wounded", text: "A grenade attack on a Burundian opposition rally wounded 30 people in Bujumbura.", code: "183", src: "-", tgt: "BDI"},
		{why: "knife attack killed", text: "A knife attack killed two women at a train station in Marseille.", code: "1823", src: "-", tgt: "FRA"},
		{why: "killed in a machete attack", text: "Islamist militants killed 22 Mozambican villagers in a machete attack in Cabo Delgado.", code: "1823", src: "-", tgt: "MOZ"},
		{why: "a night attack names no weapon", text: "Islamist militants killed 22 Mozambican villagers in a night attack in Cabo Delgado.", code: "1823", none: true},
		// Killed by an armed group in a bomb attack.
		{why: "militants' bomb attack", text: "Islamist militants killed eight Malian soldiers in a bomb attack on their convoy.", code: "183", src: "-", tgt: "MLI"},
		{why: "a state's missile attack", text: "Israeli forces killed three Palestinians in a missile attack on Gaza.", code: "183", none: true},
		{why: "an army's attack on a camp", text: "The army killed 30 rebels in an attack on their camp.", code: "18", none: true},
		// A joint force of two states' soldiers.
		{why: "a joint force of two armies", text: "A joint force of Ugandan and Congolese soldiers killed 25 rebels near Beni.", code: "062", src: "UGA", tgt: "COD"},
		{why: "joint forces recaptured", text: "Joint Nigerien and Malian forces recaptured the town of Menaka.", code: "062", src: "NER", tgt: "MLI"},
		{why: "a joint meeting before the act", text: "Nigerien forces, after a joint meeting, recaptured the town of Menaka.", code: "06", none: true},
		{why: "a joint base", text: "Nigerien troops recaptured Menaka near a joint base.", code: "06", none: true},
		// Intelligence provided or acted on.
		{why: "intelligence provided by", text: "Intelligence provided by the CIA helped Mexican troops capture the cartel leader.", code: "064", src: "USA", tgt: "MEX"},
		{why: "acted on a tip-off from", text: "Ugandan police acted on a tip-off from Kenyan intelligence and arrested the bombers.", code: "064", src: "KEN", tgt: "UGA"},
		{why: "acted on orders", text: "Ugandan police acted on orders from the president and arrested the bombers.", code: "06", none: true},
		// Aid that resumes or reaches a place.
		{why: "aid to a state resumed", text: "Humanitarian aid to Sudan resumed after a month-long halt.", code: "073", src: "-", tgt: "SDN"},
		{why: "food deliveries resumed", text: "Food deliveries to northern Gaza resumed on Wednesday, the UN said.", code: "073", src: "-", tgt: "PSE"},
		{why: "supplies reached a besieged town", text: "Emergency supplies reached the besieged town of El Fasher.", code: "073", src: "-", tgt: "SDN"},
		{why: "aid suspended", text: "Humanitarian aid to Sudan was suspended after the looting.", code: "07", none: true},
		{why: "a vote on aid began", text: "The vote on aid to Israel began in the Senate on Tuesday.", code: "07", none: true},
		// A grenade that explodes.
		{why: "a grenade exploded", text: "Two Burundian traders were wounded when a grenade exploded at a bus stop in Gitega.", code: "183", src: "-", tgt: "BDI"},
		{why: "a grenade found", text: "Police said a grenade was found near a bus stop in Gitega.", code: "18", none: true},
		// Suspects handed to the police.
		{why: "suspects handed to the police", text: "The suspects were handed over to the Kenyan police for further investigation.", code: "063", src: "-", tgt: "KEN"},
		{why: "arrested and handed to the police", text: "Nigerian troops arrested four suspected arms dealers and handed them over to the police.", code: "063", src: "-", tgt: "-"},
		{why: "a commander handed to the Red Cross", text: "The rebels handed over the captured army commander to the Red Cross.", code: "063", none: true},
		// Demands by their noun.
		{why: "a list of demands issued", text: "The Malian opposition issued a list of demands to the junta.", code: "100", src: "MLI", tgt: "MLI"},
		{why: "demands include", text: "Armenia's demands include the withdrawal of Azerbaijani troops.", code: "100", src: "ARM", tgt: "-"},
		{why: "exports include", text: "Armenia's exports include brandy and copper.", code: "10", none: true},
		{why: "a list of books", text: "The ministry issued a list of banned books.", code: "10", none: true},
	})
}
