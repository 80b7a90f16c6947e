package pipeline

import "testing"

// TestS21Q21CoordinatedMeasures: one verb that puts several emergency
// measures in force as coordinated objects ("declared martial law and a
// general mobilisation", "imposed a curfew and a state of emergency")
// codes each (1724, 1723, 154); a pattern codes one object only, so the
// second was lost (pipeline/measures_q21.go). Own sentences; the
// must-not rows keep an end of a measure, a measure in a clause of its
// own ("saying", "after"), a state of war and other objects uncoded.
func TestS21Q21CoordinatedMeasures(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "martial law beside a mobilisation", text: "Ukraine declared martial law and a general mobilisation on Thursday.", code: "1724", src: "UKR", tgt: "-"},
		{why: "the mobilisation stays", text: "Ukraine declared martial law and a general mobilisation on Thursday.", code: "154", src: "UKR", tgt: "-"},
		{why: "a headline's comma", text: "Georgia declares martial law, mobilisation after Russian troops cross border", code: "1724", src: "GEO", tgt: "-"},
		{why: "a state of emergency after a curfew", text: "The government imposed a curfew and a state of emergency in Colombo.", code: "1724", src: "LKA", tgt: "LKA"},
		{why: "a curfew after a state of emergency", text: "Ecuador's president declared a state of emergency and a night-time curfew in three provinces.", code: "1723", src: "ECU", tgt: "ECU"},
		{why: "announced, partial mobilisation", text: "Russia announced martial law and a partial mobilisation in the annexed regions.", code: "154", src: "RUS", tgt: "-"},
		{why: "before an after-clause", text: "Sri Lanka's president declared a state of emergency and an island-wide curfew after protesters stormed his office.", code: "1723", src: "LKA", tgt: "LKA"},
		{why: "imposed, in a capital", text: "Kyrgyzstan imposed a state of emergency and a curfew in Bishkek after rioters looted shops.", code: "1724", src: "KGZ", tgt: "KGZ"},
		{why: "the army's martial law and curfew", text: "Thailand's army declared martial law and a curfew across the country.", code: "1724", src: "THA", tgt: "THA"},
		{why: "a six-month state of emergency", text: "Ethiopia declared a six-month state of emergency and a curfew in Addis Ababa.", code: "1723", src: "ETH", tgt: "ETH"},
		{why: "a state of siege after a mobilisation", text: "Bolivia's interim government ordered a general mobilisation and a state of siege in La Paz.", code: "1724", src: "BOL", tgt: "BOL"},
		{why: "each with its own place", text: "The army imposed martial law in Yangon and a curfew in Mandalay.", code: "1724", src: "MMR", tgt: "MMR"},
		{why: "extended both", text: "Ukraine's parliament extended martial law and the general mobilisation for another 90 days.", code: "154", src: "UKR", tgt: "-"},
		{why: "two verbs were already coded", text: "Kazakhstan declared a state of emergency and imposed a curfew in Almaty.", code: "1723", src: "KAZ", tgt: "KAZ"},
		{why: "must not: an end to the curfew", text: "The government declared a state of emergency and an end to the curfew in Almaty.", code: "1723", src: "-", tgt: "-", none: true},
		{why: "must not: martial law in what is said", text: "Armenia declared a general mobilisation, saying martial law would follow.", code: "1724", src: "-", tgt: "-", none: true},
		{why: "must not: a curfew in an after-clause", text: "Pakistan declared a state of emergency after the curfew in Karachi failed.", code: "1723", src: "-", tgt: "-", none: true},
		{why: "must not: a state of war is no emergency", text: "Israel declared a state of war and a general mobilisation of reservists.", code: "1724", src: "-", tgt: "-", none: true},
		{why: "must not: funding is no measure", text: "The president announced a curfew and new funding for the police in Port Moresby.", code: "154", src: "-", tgt: "-", none: true},
		{why: "must not: martial law lifted by a verb of its own", text: "Peru declared a state of emergency and lifted the curfew in Lima.", code: "1723", src: "-", tgt: "-", none: true},
		{why: "must not: a mobilisation only considered", text: "Moldova declared a state of emergency but ruled out a mobilisation.", code: "154", src: "-", tgt: "-", none: true},
	})
}

// TestS21Q21Laser: a ship or plane that points a laser at another
// state's vessel or aircraft shows force (150), also in the clause after
// the protest or summons it drew, which was coded alone
// (data/verbs/15-force-posture.txt). Own sentences; must-not rows for
// laser pointers and a surgeon's laser.
func TestS21Q21Laser(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "pointed a laser at", text: "A Chinese coast guard ship pointed a military-grade laser at a Philippine patrol vessel near Second Thomas Shoal.", code: "150", src: "CHN", tgt: "PHL"},
		{why: "after a summons", text: "Manila summoned the Chinese ambassador after a Chinese coast guard vessel aimed a laser at a Philippine patrol boat.", code: "150", src: "CHN", tgt: "PHL"},
		{why: "the summons beside it", text: "Manila summoned the Chinese ambassador after a Chinese coast guard vessel aimed a laser at a Philippine patrol boat.", code: "114", src: "PHL", tgt: "CHN"},
		{why: "directed, after a protest", text: "Canberra protested after a Chinese navy ship directed a laser at an Australian P-8 aircraft.", code: "150", src: "CHN", tgt: "AUS"},
		{why: "a frigate at a destroyer", text: "Japan lodged a protest after a Chinese frigate pointed a laser at a Japanese destroyer in the East China Sea.", code: "150", src: "CHN", tgt: "JPN"},
		{why: "shone, before an attribution", text: "Russian jets shone a laser at a British reconnaissance plane over the Black Sea, the Ministry of Defence said.", code: "150", src: "RUS", tgt: "GBR"},
		{why: "must not: laser pointers", text: "Protesters pointed laser pointers at Hong Kong police.", code: "150", src: "-", tgt: "-", none: true},
		{why: "must not: a surgeon's laser", text: "Surgeons aimed a laser at the tumour in a Tokyo hospital.", code: "150", src: "-", tgt: "-", none: true},
	})
}

// TestS21Q21CaptureAndStudios: the police who capture a person no
// dictionary names arrest him (173; "captured Salah Abdeslam in a raid"
// coded nothing, or the raid), and gunmen who storm a television studio
// attack civilians (180, not the 190 of "storm +" with the studio as an
// actor), also in the clause after the measure it drew
// (data/verbs/17-coerce.txt, 18-assault.txt). Own sentences; must-not
// rows for a video capture, reporters storming out and the state's own
// raid on a prison.
func TestS21Q21CaptureAndStudios(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "captured a named person in a raid", text: "Belgian police captured Salah Abdeslam in a raid in Brussels.", code: "173", src: "BEL", tgt: "-"},
		{why: "captured hiding", text: "Police captured Dzhokhar Tsarnaev hiding in a boat in Watertown.", code: "173", src: "USA", tgt: "-"},
		{why: "captured suspects", text: "Kenyan police captured three suspects in Mombasa.", code: "173", src: "KEN", tgt: "-"},
		{why: "a militant leader in a raid stays", text: "Indonesian police captured a militant leader in a raid in Central Sulawesi.", code: "173", src: "IDN", tgt: "-"},
		{why: "must not: captured on video", text: "Police officers captured on video beating a man in Minneapolis were suspended.", code: "173", src: "-", tgt: "-", none: true},
		{why: "a television studio stormed", text: "Gunmen stormed a television studio in Guayaquil during a live broadcast.", code: "180", src: "-", tgt: "ECU"},
		{why: "a studio stormed after the deployment it drew", text: "The Executive deployed troops to the streets of Guayaquil after masked gunmen stormed a television studio.", code: "180", src: "-", tgt: "-"},
		{why: "a radio studio", text: "Gunmen stormed a radio studio in Beledweyne, Somalia.", code: "180", src: "-", tgt: "-"},
		{why: "must not: stormed out of the studio", text: "Reporters stormed out of the studio after the interview in Manila.", code: "18", src: "-", tgt: "-", none: true},
		{why: "must not: the police raid a prison", text: "Haitian police stormed a prison in Port-au-Prince.", code: "180", src: "-", tgt: "-", none: true},
	})
}

// TestS21Q21SaidWouldTarget: a speaker who says it will target someone's
// ships, bases or forces, or will go on attacking, threatens that attack
// (1384), also in a participle after the act it went with ("seized a
// cargo ship, saying they would target all Israeli vessels"), which
// coded a bare statement or nothing (data/verbs/13-threaten.txt). Own
// sentences; must-not rows for markets, voters, a labour strike, a deal
// struck and targets hit.
func TestS21Q21SaidWouldTarget(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "saying they would target, after a seizure", text: "Houthi rebels seized a cargo ship in the Red Sea, saying they would target all Israeli vessels.", code: "138", src: "YEM", tgt: "ISR"},
		{why: "the seizure beside it", text: "Houthi rebels seized a cargo ship in the Red Sea, saying they would target all Israeli vessels.", code: "171", src: "YEM", tgt: "-"},
		{why: "saying it would keep attacking", text: "Hezbollah fired rockets at northern Israel, saying it would keep attacking until the war in Gaza ends.", code: "138", src: "LBN", tgt: "-"},
		{why: "said they would target vessels", text: "The Houthis said they would target all Israeli vessels in the Red Sea.", code: "138", src: "YEM", tgt: "ISR"},
		{why: "continue targeting warships", text: "The Houthis said they would continue targeting American warships.", code: "138", src: "YEM", tgt: "USA"},
		{why: "target militants", text: "Turkey said it would target Kurdish militants in northern Syria.", code: "138", src: "TUR", tgt: "-"},
		{why: "target forces, with a condition", text: "Iran-backed militias in Iraq said they would target American forces if Washington struck Iran.", code: "138", src: "IRQ", tgt: "USA"},
		{why: "continue attacking troops", text: "Al-Shabaab said it would continue attacking Kenyan troops in Somalia.", code: "138", src: "SOM", tgt: "KEN"},
		{why: "must not: markets", text: "The company said it will target European markets next year.", code: "13", src: "-", tgt: "-", none: true},
		{why: "must not: voters", text: "The party said it would continue targeting young voters in the suburbs.", code: "13", src: "-", tgt: "-", none: true},
		{why: "must not: a labour strike", text: "Dock workers said they would keep striking until wages rise.", code: "13", src: "-", tgt: "-", none: true},
		{why: "must not: a deal struck", text: "Washington said it would strike a deal with Tehran on prisoners.", code: "13", src: "-", tgt: "-", none: true},
		{why: "must not: targets hit", text: "The central bank said it would keep hitting its inflation targets.", code: "13", src: "-", tgt: "-", none: true},
	})
}
