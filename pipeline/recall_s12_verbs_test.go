package pipeline

import "testing"

// TestS12VerbWording codes wire sentences written in the twelfth session
// around the CAMEO roots the rater-coded and PLOVER gold sets miss most
// (06, 07, 08, 10, 16, 17, 18), in the forms agency copy uses for them:
// passives with the thing acted on first, nominal acts with their agent in
// a by-phrase, light verbs and the wire's own verbs ("snapped ties"). Each
// family has must-not rows where the same words carry another sense.
func TestS12VerbWording(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// 06 material cooperation
		{why: "forces patrolling jointly cooperate", text: "Iraqi and Kurdish forces jointly patrolled the disputed district of Makhmour.", code: "062", src: "IRQ", tgt: "-"},
		{why: "patrolling alone is no cooperation", text: "Iraqi forces patrolled the disputed district of Makhmour on Sunday.", code: "06", none: true},
		{why: "delivery of jets taken from a seller", text: "Egypt took delivery of two more Rafale jets from France on Wednesday, the army said.", code: "072", src: "FRA", tgt: "EGY"},
		{why: "delivery of grain is no arms deal", text: "Egypt took delivery of a cargo of wheat at Alexandria port.", code: "062", none: true},
		{why: "airspace opened to another state's forces", text: "Uzbekistan granted Russia permission to use its airspace for the flights, a ministry spokesman said.", code: "062", src: "UZB", tgt: "RUS"},
		{why: "permission to use a runway is no basing right", text: "The ministry gave farmers permission to use the old airfield for storage.", code: "062", none: true},
		// 07 aid
		{why: "supplies flown in by a named giver", text: "Medical supplies were flown into Benghazi by an Egyptian military plane on Monday.", code: "073", src: "EGY", tgt: "LBY"},
		// 08 yield
		{why: "curbs on a partner's goods lifted, passive", text: "Curbs on the import of Japanese seafood were lifted by South Korea last week.", code: "081", src: "KOR", tgt: "JPN"},
		{why: "curbs imposed, passive, are no concession", text: "Curbs on the import of Japanese seafood were imposed by South Korea last week.", code: "081", none: true},
		{why: "a withdrawal named by its forces, completed", text: "The withdrawal of Armenian troops from the Lachin corridor was completed on Friday, Baku said.", code: "0874", src: "ARM", tgt: "-"},
		{why: "a withdrawal demanded is none", text: "Azerbaijan demanded the withdrawal of Armenian troops from the Lachin corridor.", code: "0874", none: true},
		{why: "a release announced by its agent", text: "The release of 60 political prisoners was announced by the Cuban government on Friday.", code: "0841", src: "CUB", tgt: "-"},
		{why: "a release demanded by others is no release", text: "The release of 60 political prisoners was demanded by Cuban exiles on Friday.", code: "0841", none: true},
		// 16 reduce relations
		{why: "ties snapped", text: "The Maldives snapped diplomatic ties with Iran in 2016 over its alleged meddling.", code: "161", src: "MDV", tgt: "IRN"},
		{why: "a snapped cable is no diplomacy", text: "A power cable snapped in the storm, cutting electricity to the island.", code: "16", none: true},
		{why: "relations between two severed, passive", text: "Diplomatic relations between Venezuela and Panama were suspended after the disputed election.", code: "161", src: "VEN", tgt: "PAN"},
		{why: "relations restored are no rupture", text: "Diplomatic relations between Venezuela and Panama were restored in 2023.", code: "16", none: true},
		// 17 coerce
		{why: "a crackdown with its agent after its object", text: "A crackdown on the opposition by the Tanzanian police has led to dozens of arrests.", code: "170", src: "TZA", tgt: "-"},
		{why: "a crackdown without an agent names nobody", text: "A crackdown on illegal fishing is planned for the summer.", code: "170", none: true},
		{why: "an arrest in a raid is one act", text: "Bangladeshi police arrested 25 opposition activists in a midnight raid on their party office in Chittagong.", code: "173", src: "BGD", tgt: "BGD"},
		{why: "an arrest in a raid codes no armed raid", text: "Bangladeshi police arrested 25 opposition activists in a midnight raid on their party office in Chittagong.", code: "19", none: true},
		{why: "a killing in a raid stays armed", text: "Gunmen killed three guards in a raid on a bank in Chittagong.", code: "173", none: true},
		// 06, an act done in collaboration with a partner
		{why: "in coordination with a partner", text: "The Iraqi army, in coordination with Kurdish Peshmerga forces, cleared three villages south of Mosul.", code: "060", src: "IRQ", tgt: "IRQ"},
		{why: "collaboration named as a topic is no joint act", text: "The Iraqi army discussed closer collaboration in training with Jordan.", code: "060", none: true},
		// 11, described as an attempt to destabilise
		{why: "blame by characterisation", text: "Nicaragua's government described the protests as an attempt to overthrow President Ortega.", code: "111", src: "NIC", tgt: "-"},
		{why: "an attempt to settle is no blame", text: "Nicaragua's government described the talks as an attempt to end the crisis.", code: "111", none: true},
		// 08, permission and handovers
		{why: "a rally permitted is a freedom granted", text: "Zimbabwean police allowed the opposition to stage a march through central Harare on Saturday.", code: "0811", src: "ZWE", tgt: "ZWE"},
		{why: "a rally permitted is not yet held", text: "Zimbabwean police allowed the opposition to stage a march through central Harare on Saturday.", code: "14", none: true},
		{why: "a rally held against a ban is no permission", text: "The opposition staged a march through central Harare despite a police ban.", code: "0811", none: true},
		{why: "control handed back", text: "Kurdish fighters handed back control of the Rabia border crossing to Iraqi troops on Monday.", code: "0874", src: "-", tgt: "IRQ"},
		{why: "bodies handed back are no retreat", text: "Kurdish fighters handed back the bodies of three Iraqi soldiers to their families.", code: "0874", none: true},
		// 11, outrage sparked among a group
		{why: "outrage sparked among a group", text: "India's decision to revoke Kashmir's autonomy sparked outrage among Pakistani politicians.", code: "111", src: "PAK", tgt: "IND"},
		{why: "fury at the weather is no disapproval", text: "The heavy rain caused anger among farmers in Punjab whose wheat was ruined.", code: "11", none: true},
		// 07, weapons received with the giver as an adjective
		{why: "weapons received, giver before them", text: "Kyiv has received German Leopard tanks and British artillery, the defence ministry said.", code: "072", src: "DEU", tgt: "UKR"},
		{why: "a visitor received is no weapons", text: "Ukraine received German Chancellor Olaf Scholz in Kyiv on Monday.", code: "072", none: true},
		// 06, a joint operation named with its parties
		{why: "a joint raid by two forces", text: "Five gunmen were killed in a joint raid by Nigerian and Cameroonian troops near Lake Chad.", code: "062", src: "NGA", tgt: "CMR"},
		{why: "a raid by one force is no cooperation", text: "Five gunmen were killed in a raid by Nigerian troops near Lake Chad.", code: "06", none: true},
		// 16, a partner struck off a trusted list
		{why: "struck off a list of preferred partners", text: "Seoul removed Japan from its list of preferred trading partners in retaliation.", code: "163", src: "KOR", tgt: "JPN"},
		{why: "taken off a blacklist is no sanction", text: "The European Union removed Panama from its list of tax havens.", code: "163", none: true},
		// 19, a grenade thrown, told as a passive
		{why: "a grenade thrown at a patrol", text: "A grenade was lobbed at a Pakistani army patrol in Bajaur on Monday, officials said.", code: "193", src: "-", tgt: "PAK"},
		{why: "a grenade found is no attack", text: "A grenade was found near a Pakistani army post in Bajaur on Monday.", code: "19", none: true},
		// 16, trade stopped named by its noun with "of"
		{why: "the import of a partner's goods suspended", text: "Beijing said it was suspending the import of Taiwanese pineapples from Monday, citing pests.", code: "163", src: "CHN", tgt: "TWN"},
		{why: "the import of goods resumed is no sanction", text: "Beijing resumed the import of Taiwanese pineapples on Monday.", code: "163", none: true},
		// 07, grain donated; patrol vessels handed on
		{why: "wheat donated by a named giver", text: "A shipment of wheat donated by India reached Kabul on Saturday.", code: "073", src: "IND", tgt: "-"},
		{why: "wheat bought is no aid", text: "A shipment of wheat bought from India reached the Afghan city of Kandahar on Saturday.", code: "07", none: true},
		{why: "patrol vessels transferred to a coast guard", text: "South Korea completed the transfer of two retired patrol vessels to the Vietnamese coast guard.", code: "072", src: "KOR", tgt: "VNM"},
		// 07, asylum told as a passive with the host after "in"
		{why: "asylum granted, passive, host after in", text: "Two Belarusian opposition activists were granted asylum in Poland after fleeing Minsk.", code: "075", src: "POL", tgt: "BLR"},
		{why: "visas granted are no asylum", text: "Two Belarusian opposition activists were granted visas to study in Poland.", code: "075", none: true},
		{why: "people escorted to safety are protected", text: "Kenyan police escorted hundreds of Somali refugees to safety in Dadaab after the clashes.", code: "074", src: "KEN", tgt: "SOM"},
		{why: "fleeing to safety is no protection", text: "Hundreds of Somali refugees fled to safety in Dadaab after the clashes, Kenyan police said.", code: "074", none: true},
		// 16, an aid agency's operations suspended
		{why: "an aid agency's work suspended", text: "Sudan suspended the activities of the Norwegian Refugee Council and two other relief agencies in Darfur.", code: "1663", src: "SDN", tgt: "-"},
		{why: "an airline's operations suspended are no aid", text: "Sudan suspended the operations of the national airline at Khartoum airport.", code: "1663", none: true},
		// 17, passives with the thing first
		{why: "offices raided by a named agent", text: "The offices of the Kurdish party were raided by Turkish police in Diyarbakir.", code: "171", src: "TUR", tgt: "-"},
		{why: "a curfew imposed, no agent", text: "A night curfew was imposed on the town of Kasese after the clashes, officials said.", code: "1723", src: "-", tgt: "UGA"},
		{why: "a curfew lifted is no imposition", text: "The night curfew on the town of Kasese was lifted after a week, officials said.", code: "1723", none: true},
		// 08, a blockade, siege, curfew or ban lifted, told as a passive
		{why: "a siege lifted, passive, no agent", text: "The siege of Mariupol was never lifted; the blockade of Gaza was eased in June.", code: "0872", src: "-", tgt: "PSE"},
		{why: "a siege lifted is no blockade imposed", text: "The blockade of Qatar was lifted in January 2021 at a Gulf summit.", code: "191", none: true},
		{why: "a curfew lifted, passive, no agent", text: "The curfew in Batticaloa was relaxed for six hours on Sunday, police said.", code: "0813", src: "-", tgt: "LKA"},
		{why: "a curfew extended is no concession", text: "The curfew in Batticaloa was extended for two more days, police said.", code: "08", none: true},
		{why: "a party's ban lifted by a court", text: "The ban on the opposition party was overturned by the Supreme Court of Pakistan.", code: "0812", src: "PAK", tgt: "-"},
		// 16 and 08, trade, cooperation and sanctions as passive subjects
		{why: "trade halted, passive", text: "Trade with Qatar was halted by Saudi Arabia and the Emirates in June 2017.", code: "163", src: "SAU", tgt: "QAT"},
		{why: "trade halted is no trade", text: "Trade with Qatar was halted by Saudi Arabia and the Emirates in June 2017.", code: "061", none: true},
		{why: "cooperation suspended, passive", text: "Cooperation with the IAEA was suspended by Iran after the attack on Natanz.", code: "160", src: "IRN", tgt: "-"},
		{why: "sanctions lifted, passive, no agent", text: "The sanctions on Sudan were lifted in October 2017.", code: "085", src: "-", tgt: "SDN"},
		{why: "sanctions extended are not eased", text: "The sanctions on Sudan were extended for another year.", code: "085", none: true},
	})
}
