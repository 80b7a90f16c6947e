package pipeline

import "testing"

// TestT30NoAgentTold: violence whose clause names no agent (a weapon as
// the subject, one unnamed attacker, a named person attacked in the
// passive with no "by") takes no source from the place it happened in;
// the place still gives the victims their state. A subject that names a
// group, even one the dictionaries lack, and plain passives of many
// victims keep the place's state as before.
func TestT30NoAgentTold(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		// each had the place's state as its source before
		{"a weapon as the subject", "Two roadside bombs killed six policemen near Quetta.", "18", "", "PAK"},
		{"a series of blasts", "A series of blasts killed 40 worshippers at a mosque in Peshawar.", "18", "", "PAK"},
		{"a truck bomb", "A truck bomb killed 18 soldiers at a checkpoint outside Mogadishu.", "18", "", "SOM"},
		{"a drone attack as the subject", "A drone attack on an oil field in Kirkuk province wounded three workers.", "19", "", "IRQ"},
		{"an airstrike as the subject", "An airstrike on a market in Idlib killed 12 civilians.", "19", "", "SYR"},
		{"one unnamed gunman", "A gunman shot dead three shoppers at a mall in Perth.", "18", "", "AUS"},
		{"a named person attacked, no agent", "Opposition leader Kemal Kilicdaroglu was stabbed during a march in Ankara.", "18", "", "TUR"},
		// must not
		{"an unknown group as the subject", "Dozo hunters killed 30 herders in a village in central Mali.", "19", "MLI", "MLI"},
		{"many victims in the passive", "Three soldiers were killed in an ambush near Kismayo.", "19", "SOM", "SOM"},
		{"a passive with its agent", "Opposition leader Kemal Kilicdaroglu was stabbed by police officers during a march in Ankara.", "18", "TUR", "TUR"},
		{"a named armed group", "Militants in Kirkuk killed nine civilians.", "18", "IRQ", "IRQ"},
	})
}
