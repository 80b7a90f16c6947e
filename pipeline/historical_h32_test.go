package pipeline

import "testing"

// TestColdWarGroupsAndMediaByDate: the armed groups and state media of the
// Cold War key as the state of their day. The Red Army Faction is West
// Germany's, not the Soviet Red Army; TASS spoke for the Soviet Union until
// its end and for Russia after; "Serbia and Montenegro" was Yugoslavia
// until the state union of 2003; the Patriotic Front fought Rhodesia
// before 1980 and is Zambia's party since 2001.
func TestColdWarGroupsAndMediaByDate(t *testing.T) {
	p := newTestPipeline(t)
	checkActorsByDate(t, p, []actorsByDate{
		{"the Red Army Faction is a West German group", "1977-10-19",
			"Red Army Faction gunmen kidnapped a banker in Frankfurt.", []string{"DEUREB"}, []string{"SUN", "SUNMIL"}},
		{"the Baader-Meinhof group by its other name", "1972-06-01",
			"The Baader-Meinhof gang bombed an American army base.", []string{"DEUREB"}, nil},
		{"the Red Brigades are Italian", "1978-03-16",
			"The Red Brigades kidnapped a senior politician in Rome.", []string{"ITAREB"}, nil},
		{"TASS before 1992 speaks for the Soviet Union", "1983-09-02",
			"TASS accused the United States of provoking the incident.", []string{"SUNMED"}, []string{"RUSMED"}},
		{"Radio Moscow is Soviet", "1968-08-21",
			"Radio Moscow accused Czechoslovak leaders of betraying socialism.", []string{"SUNMED"}, nil},
		{"Serbia and Montenegro in 1993 is Yugoslavia", "1993-04-17",
			"The Security Council tightened sanctions on Serbia and Montenegro.", []string{"YUG"}, []string{"SCG"}},
		{"the Patriotic Front against Rhodesia", "1978-05-10",
			"Patriotic Front guerrillas attacked a mission near the Mozambique border.", []string{"ZWEREB"}, nil},
		{"must not: the Red Army itself is Soviet", "1945-04-20",
			"The Red Army attacked German positions on the Oder.", []string{"SUNMIL"}, []string{"DEUREB"}},
		{"must not: TASS after 1991 is Russian", "2022-03-01",
			"TASS accused Ukraine of shelling the town.", []string{"RUSMED"}, []string{"SUNMED"}},
		{"must not: Serbia and Montenegro after 2003 is the state union", "2004-10-01",
			"The European Union criticised Serbia and Montenegro over war crimes suspects.", []string{"SCG"}, []string{"YUG"}},
		{"must not: Zambia's Patriotic Front is no Rhodesian guerrilla", "2016-08-12",
			"The Patriotic Front accused the opposition of inciting violence in Lusaka.", []string{"ZMBPTY"}, []string{"ZWEREB"}},
	})
}
