package pipeline

import "testing"

// TestS14C14AidYield: material cooperation, aid and yielding in conflict
// news (roots 06, 07, 08), on sentences written for this test in the
// style of agency and UN copy: aid convoys and trucks that reach or enter
// a place, supplies that reach a party, relief brought or dropped and
// told as a passive, asylum granted in the passive, prisoners of war
// returned, armed men who vacate a town, suspects handed to a tribunal,
// units trained; next to sentences on which the new lines must stay
// silent.
func TestS14C14AidYield(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// 073: aid vehicles that reach or enter a place.
		{why: "aid convoy reached", text: "A UN aid convoy reached the besieged Syrian town of Douma on Monday, bringing food and medicine for 40,000 people.", code: "073", src: "IGO", tgt: "SYR"},
		{why: "aid trucks entered", text: "RAFAH, Egypt (Reuters) - More than 200 aid trucks entered the Gaza Strip on Sunday, the largest number in a single day since the war began, Egyptian officials said.", code: "073", src: "-", tgt: "PSE"},
		{why: "trucks carrying food reached", text: "A convoy of 30 trucks carrying flour and medicine reached the besieged Yemeni city of Taiz on Thursday, the ICRC said.", code: "073", src: "-", tgt: "YEM"},
		{why: "supplies reached a party", text: "Food and medical supplies reached the Gaza Strip through the Kerem Shalom crossing on Saturday, the UN said.", code: "073", src: "-", tgt: "PSE"},
		{why: "a convoy attacked reached nothing", text: "Gunmen attacked a WFP food convoy near Kismayo, killing two drivers, the agency said.", code: "073", none: true},
		{why: "a convoy unable to reach", text: "Aid convoys have been unable to reach the besieged town of Madaya for three months, the UN said.", code: "073", none: true},
		{why: "supplies that run low are no aid", text: "Medical supplies reached critically low levels in hospitals across Khartoum, doctors said.", code: "073", none: true},
		// 073: relief brought, dropped or distributed, active and passive.
		{why: "brought relief to", text: "Red Crescent volunteers brought blankets and food to families sheltering in Aleppo after the earthquake.", code: "073", src: "-", tgt: "SYR"},
		{why: "the war brought shortages", text: "The war brought food shortages to Yemen's northern provinces.", code: "07", none: true},
		{why: "airdropped by, passive", text: "Food aid was airdropped to residents of Deir ez-Zor by Russian military planes in 2016.", code: "073", src: "RUS", tgt: "SYR"},
		{why: "distributed by, passive", text: "Relief supplies were distributed to flood victims in Sindh province by the Pakistani army.", code: "073", src: "PAK", tgt: "-"},
		{why: "relief material dispatched", text: "India dispatched relief material to Sri Lanka on a naval ship in 2009.", code: "073", src: "IND", tgt: "LKA"},
		// 072: arms in the passive.
		{why: "tanks delivered by, passive", text: "Dozens of tanks were delivered to the Ethiopian army by the United Arab Emirates, according to the UN report.", code: "072", src: "ARE", tgt: "ETH"},
		{why: "units trained", text: "US special forces trained Colombian counter-narcotics battalions under Plan Colombia in 2001.", code: "072", src: "USA", tgt: "COL"},
		{why: "weapons blocked are no aid", text: "Hungary refused to let weapons for Ukraine pass through its territory.", code: "072", none: true},
		// 075: asylum in the passive, temporary protected status.
		{why: "asylum granted by, passive", text: "Asylum was granted to the former Afghan interpreter by the British government last year.", code: "075", src: "GBR", tgt: "AFG"},
		{why: "asylum refused", text: "Asylum was refused to the former Afghan interpreter by the British government.", code: "075", none: true},
		{why: "temporary protected status", text: "Colombia granted temporary protected status to 1.7 million Venezuelan migrants in 2021.", code: "075", src: "COL", tgt: "VEN"},
		// 074: peacekeepers arriving in a capital.
		{why: "peacekeepers arrived in a capital", text: "The first Burundian peacekeepers of the African Union mission arrived in Mogadishu in December 2007.", code: "074", src: "BDI", tgt: "SOM"},
		{why: "peacekeepers who leave protect nothing", text: "The last Burundian peacekeepers left Mogadishu in December 2021.", code: "074", none: true},
		// 074: troops that join a peacekeeping mission.
		{why: "joined the peacekeeping mission", text: "A Rwandan battalion joined the UN peacekeeping mission in South Sudan in 2012, the Rwandan army said.", code: "074", src: "RWA", tgt: "SSD"},
		{why: "talks on a force are no joining", text: "Egypt joined talks in Cairo on a peacekeeping force for Darfur.", code: "074", none: true},
		// 075: borders opened to people fleeing; refuge found.
		{why: "opened its borders to people fleeing", text: "Moldova opened its borders to Ukrainians escaping the Russian bombardment of Odesa in March 2022.", code: "075", src: "MDA", tgt: "UKR"},
		{why: "found refuge in a state", text: "Nearly a million Rohingya found refuge in Bangladesh after the army's crackdown in Rakhine state.", code: "075", src: "BGD", tgt: "MMR"},
		{why: "refuge sought is not yet given", text: "Thousands of Afghans sought refuge in Pakistan after the fall of Kabul.", code: "075", none: true},
		// 072: arms deliveries stepped up, weapons flown, exports approved.
		{why: "stepped up arms deliveries", text: "Iran stepped up weapons shipments to the Houthis in 2016, Western and regional officials said.", code: "072", src: "IRN", tgt: "YEM"},
		{why: "flew weapons to", text: "Russian transport planes flew weapons and ammunition to the Libyan National Army in 2019, the UN panel said.", code: "072", src: "RUS", tgt: "LBY"},
		{why: "approved arms exports", text: "The Swedish government approved the export of anti-tank missiles to Ukraine in February 2022.", code: "072", src: "SWE", tgt: "UKR"},
		{why: "grain exports are no arms", text: "Kyiv approved the export of 2 million tonnes of grain to Egypt.", code: "072", none: true},
		// 0861: a deployment accepted.
		{why: "accepted the deployment of", text: "Khartoum accepted the deployment of UN peacekeepers in Darfur after months of pressure.", code: "0861", src: "SDN", tgt: "IGO"},
		{why: "a deployment rejected", text: "Khartoum rejected the deployment of UN peacekeepers in Darfur.", code: "08", none: true},
		// 073: convoys "of" relief and ships that dock.
		{why: "convoys of food rolled into", text: "Convoys of flour and medicine rolled into Malakal under UN escort in 2014.", code: "073", src: "-", tgt: "SSD"},
		{why: "ship carrying aid docked", text: "A Turkish ship carrying 3,000 tonnes of humanitarian aid docked at the Yemeni port of Aden on Friday.", code: "073", src: "-", tgt: "YEM"},
		{why: "a convoy of tanks is no aid", text: "A convoy of Russian tanks arrived in the town of Bucha on February 27.", code: "07", none: true},
		// 0862: inspectors allowed into, passive; 0814 lifted, passive.
		{why: "inspectors allowed into", text: "IAEA inspectors were allowed into the Fordow enrichment site on Saturday, Iranian state media reported.", code: "0862", src: "-", tgt: "IGO"},
		{why: "inspectors barred", text: "IAEA inspectors were barred from the Fordow enrichment site on Saturday.", code: "086", none: true},
		{why: "state of emergency lifted, passive", text: "The state of emergency in Sri Lanka was lifted in August 2011 after 30 years, officials said.", code: "0814", src: "-", tgt: "LKA"},
		// 063: handed over to the International Criminal Court.
		{why: "handed over to the ICC", text: "The Central African Republic handed over the militia leader Alfred Yekatom to the International Criminal Court in 2018.", code: "063", src: "CAF", tgt: "-"},
		// 072: arms airlifted.
		{why: "airlifted arms to", text: "Egypt airlifted weapons and ammunition to the Sudanese army through Port Sudan in 2023, diplomats said.", code: "072", src: "EGY", tgt: "SDN"},
		// 062: deployed alongside.
		{why: "deployed alongside", text: "Rwandan troops deployed alongside Mozambican forces in Cabo Delgado in July 2021.", code: "062", src: "RWA", tgt: "MOZ"},
		{why: "deployed along a border is no partner", text: "Nigerien troops deployed along the border with Nigeria after the raid.", code: "062", none: true},
		// 0862 / 0861: experts let visit, a force accepted.
		{why: "allowed experts to visit", text: "Iran allowed a team of IAEA experts to visit the Isfahan facility in 2023.", code: "0862", src: "IRN", tgt: "IGO"},
		{why: "accepted a hybrid force", text: "Khartoum accepted a UN-African Union hybrid force for Darfur in June 2007.", code: "0861", src: "SDN", tgt: "-"},
		{why: "rejected a force", text: "Khartoum rejected a UN force for Darfur in 2006.", code: "086", none: true},
		// 0874: withdrawn from a place under a deal; 075 humanitarian visas.
		{why: "withdrew under the agreement", text: "Eritrean troops withdrew from the town of Shire in January 2023 under the Pretoria agreement, residents said.", code: "0874", src: "ERI", tgt: "-"},
		{why: "left a treaty stays 16", text: "Russia withdrew from the Open Skies treaty under Putin in 2021.", code: "087", none: true},
		{why: "humanitarian visas", text: "Argentina issued humanitarian visas to 3,000 Syrians fleeing the war in 2016.", code: "075", src: "ARG", tgt: "SYR"},
		// 0841: prisoners of war returned.
		{why: "returned prisoners of war", text: "Russia returned 90 Ukrainian prisoners of war to Ukraine on Friday in an exchange mediated by the United Arab Emirates.", code: "0841", src: "RUS", tgt: "UKR"},
		{why: "handed back prisoners of war", text: "Iraq handed back 100 Iranian prisoners of war to Iran in 1998 through the Red Cross.", code: "0841", src: "IRQ", tgt: "IRN"},
		{why: "prisoners of war mistreated", text: "Kyiv accused Moscow of torturing prisoners of war sent to camps in Russia.", code: "084", none: true},
		// 0874: armed men who vacate a town.
		{why: "rebels vacated the town", text: "M23 rebels vacated the town of Bunagana on Wednesday under a regional agreement, the UN mission in Congo said.", code: "0874", src: "COD", tgt: "-"},
		{why: "residents vacated", text: "Residents vacated the coastal town of Beira ahead of the cyclone.", code: "087", none: true},
		// 063: suspects to a tribunal; "handed him to".
		{why: "transferred to the UN tribunal", text: "Serbia transferred Ratko Mladic to the UN war crimes tribunal in The Hague in May 2011.", code: "063", src: "SRB", tgt: "IGO"},
		{why: "handed him to", text: "Kenyan police arrested the suspect in Nairobi and handed him to the Rwandan authorities.", code: "063", src: "KEN", tgt: "RWA"},
		{why: "surrendered a militant to a state", text: "Sudan surrendered the Venezuelan militant known as Carlos the Jackal to France in August 1994.", code: "063", src: "SDN", tgt: "FRA"},
		{why: "a commander who surrenders hands over nobody", text: "The rebel commander surrendered to the Congolese army with 40 of his fighters in Rutshuru.", code: "063", none: true},
		// 0811: a communications blackout lifted.
		{why: "lifted the communications blackout", text: "India lifted the communications blackout in Kashmir after six months, officials in Srinagar said.", code: "0811", src: "IND", tgt: "-"},
		{why: "a lifted blackout is none imposed", text: "India lifted the communications blackout in Kashmir after six months, officials in Srinagar said.", code: "172", none: true},
		{why: "ended the internet shutdown", text: "Ethiopian authorities ended the internet shutdown in Tigray in December 2022.", code: "0811", src: "ETH", tgt: "-"},
		{why: "captives to the Red Cross stay releases", text: "The rebels handed over a captured army officer to the Red Cross in Kidal.", code: "063", none: true},
	})
}
