package pipeline

import "testing"

// Long wire sentences (25-60 words) of the kind agency copy is made of:
// datelines, appositives and relative clauses between subject and verb,
// participial openers, two events sharing a subject, subordinate clauses
// holding a second event, trailing attribution and background clauses.
// Written for these tests; each group pairs rows that must code with
// must-not rows for the reading the clause structure rules out.

// TestLongSubjectAcrossClauses: the subject of the main verb is found
// across a relative, participial or appositive clause set off by commas,
// whatever actors or clause words ("since", "as interim president")
// stand inside it.
func TestLongSubjectAcrossClauses(t *testing.T) {
	p := newTestPipeline(t)
	cases := []frameCase{
		{"relative clause with 'since' before the verb", "Rwandan President Paul Kagame, who has ruled the country since 2000, rejected criticism from human rights groups on Thursday and accused Western governments of hypocrisy.", "11", "RWA", "-", false},
		{"relative clause naming a title inside it", "Venezuelan opposition leader Juan Guaido, who is recognised as interim president by more than 50 countries, called on the armed forces to abandon Maduro and support a transition.", "02", "VEN", "VEN", false},
		{"relative clause with a place and a date", "Lavrov, who arrived in Ankara on Monday for a two-day visit, said Russia would continue to supply the Syrian army with weapons despite objections from Turkey and the United States.", "03", "RUS", "SYR", false},
		{"relative clause then a dated phrase before the verb", "Brazilian President Luiz Inacio Lula da Silva, who took office on Jan 1, on Monday ordered the army to restore order in the capital.", "01", "-", "-", true},
		{"participial opener names no subject of its own", "Speaking after talks with his Egyptian counterpart in Cairo on Tuesday, Jordanian Foreign Minister Ayman Safadi said Amman supported a political solution in Syria.", "01", "JOR", "-", false},
		{"participial phrase between subject and verb", "German Chancellor Angela Merkel, speaking at a news conference with French President Emmanuel Macron, urged Russia to withdraw its troops from the border with Ukraine.", "02", "DEU", "RUS", false},
		{"appositive noun phrase with a relative inside", "Thai Prime Minister Prayuth Chan-ocha, a former army chief who led the 2014 coup, rejected calls from student protesters on Thursday to resign.", "12", "THA", "THA", false},
		{"relative on a place-qualified sector", "Armed forces in Niger, who seized power in July, ordered French troops to leave the country and expelled the French ambassador.", "16", "NER", "FRA", false},
		{"relative on the subject with a coordinated second verb", "The Kenyan government, which has deployed thousands of troops in Somalia since 2011, accused al-Shabab militants on Wednesday of killing 12 civilians in an attack on a bus.", "11", "KEN", "SOM", false},
		{"the relative's own verb is not the main clause's", "Hungarian Prime Minister Viktor Orban, who has frequently clashed with Brussels over migration, criticised the European Commission on Friday.", "11", "HUN", "---", false},
	}
	checkFrames(t, p, cases, true)
}

// TestLongRelativeSubject: a verb in a relative clause takes as subject
// the actor the relative pronoun follows, even when that actor is the
// object or sits in a phrase of the main clause.
func TestLongRelativeSubject(t *testing.T) {
	p := newTestPipeline(t)
	cases := []frameCase{
		{"relative on the object of 'of'", "The Israeli army demolished the homes of two Palestinians who carried out a deadly attack in Jerusalem last month, the army said in a statement on Thursday.", "19", "PSE", "-", false},
		{"the main clause keeps its own subject", "The Israeli army demolished the homes of two Palestinians who carried out a deadly attack in Jerusalem last month, the army said in a statement on Thursday.", "17", "ISR", "PSE", false},
		{"relative on an object after a comma", "Congo accused Rwanda on Monday of backing the M23 rebels, who have seized large parts of North Kivu province, an accusation the Rwandan government denied.", "11", "COD", "RWA", false},
		{"relative on an object holds the second event", "Sudanese security forces fired tear gas at thousands of demonstrators who gathered outside the presidential palace in Khartoum on Thursday to demand an end to military rule.", "17", "SDN", "-", false},
		{"the protesters gather, not the police", "Israeli police fired tear gas at hundreds of Palestinian demonstrators who gathered outside the Damascus Gate in Jerusalem on Friday to protest against new settlement plans.", "14", "PSE", "-", false},
	}
	checkFrames(t, p, cases, true)
}

// TestLongReactionInAppositive: "a move that Moscow condemned", "a charge
// the rebels rejected": the reaction is aimed at the agent of the act the
// main clause reports.
func TestLongReactionInAppositive(t *testing.T) {
	p := newTestPipeline(t)
	cases := []frameCase{
		{"a move that X condemned", "The European Union imposed sanctions on seven Russian officials on Monday over the poisoning of opposition leader Alexei Navalny, a move that Moscow condemned as an unfriendly act.", "11", "RUS", "---", false},
		{"the sanction itself", "The European Union imposed sanctions on seven Russian officials on Monday over the poisoning of opposition leader Alexei Navalny, a move that Moscow condemned as an unfriendly act.", "16", "---", "RUS", false},
		{"a decision that X denounced", "The Arab League suspended Syria's membership in November 2011 over the government's violent crackdown on protesters, a decision that Damascus denounced as illegal.", "11", "SYR", "---", false},
		{"a decision that the UN condemned", "The Afghan Taliban, who seized power in August 2021, have banned women from working for non-governmental organisations, a decision that the United Nations strongly condemned.", "11", "---", "AFG", false},
		{"a claim the group rejected", "The Yemeni government accused the Houthis of blocking humanitarian aid to the besieged city of Taiz, a claim the rebel group rejected as lies.", "12", "YEM", "YEM", false},
		{"which X rejected", "The International Criminal Court issued an arrest warrant for Sudanese President Omar al-Bashir in 2009 on charges of war crimes in Darfur, which Khartoum rejected.", "12", "SDN", "---", false},
		{"an accused party's alleged act gives no aid", "The Yemeni government accused the Houthis of blocking humanitarian aid to the besieged city of Taiz, a claim the rebel group rejected as lies.", "07", "-", "-", true},
	}
	checkFrames(t, p, cases, true)
}

// TestLongAllegedAndWarnedActs: what a party is accused, criticised or
// warned of is not the speaker's act, and neither is the infinitive such
// a gerund governs.
func TestLongAllegedAndWarnedActs(t *testing.T) {
	p := newTestPipeline(t)
	cases := []frameCase{
		{"warned against sending troops deploys nothing", "Russia warned the West against sending troops to Ukraine, saying such a step would lead to a direct clash between nuclear powers.", "15", "-", "-", true},
		{"warned against sending troops, with a named object", "Russia warned NATO on Tuesday against sending troops to Ukraine, saying such a step would lead to a direct clash.", "13", "RUS", "-", false},
		{"criticised for threatening: no threat by the critic", "Hungarian Prime Minister Viktor Orban criticised the European Commission on Friday for threatening to cut funds to his country over rule-of-law concerns.", "13", "HUN", "-", true},
		{"criticised for threatening: the criticism", "Hungarian Prime Minister Viktor Orban criticised the European Commission on Friday for threatening to cut funds to his country over rule-of-law concerns.", "11", "HUN", "---", false},
		{"a bare verb joined to a called-for infinitive is called for too", "Thai Prime Minister Prayuth Chan-ocha, a former army chief who led the 2014 coup, rejected calls from student protesters on Thursday to resign and amend the constitution.", "08", "-", "-", true},
		{"an offer to mediate", "Egypt on Sunday offered to mediate between Israel and Hamas to reach a long-term truce in Gaza, a senior Egyptian official told reporters on condition of anonymity.", "03", "EGY", "ISR", false},
		{"the truce the mediation is for is not declared", "Egypt on Sunday offered to mediate between Israel and Hamas to reach a long-term truce in Gaza, a senior Egyptian official told reporters on condition of anonymity.", "08", "-", "-", true},
		{"a second infinitive of an appeal is the appeal's", "German Chancellor Angela Merkel urged Russia to withdraw its troops from the border with Ukraine and to respect the ceasefire agreed in Minsk.", "08", "-", "-", true},
	}
	checkFrames(t, p, cases, true)
}

// TestLongTwoEvents: a sentence with two or three events, joined by
// "and", an "after" clause, or a participle, codes each with its own
// sides.
func TestLongTwoEvents(t *testing.T) {
	p := newTestPipeline(t)
	cases := []frameCase{
		{"met and signed: the meeting", "Indian Prime Minister Narendra Modi met Japanese Prime Minister Shinzo Abe in Tokyo on Saturday and signed an agreement on civil nuclear cooperation that had been under negotiation for six years.", "04", "IND", "JPN", false},
		{"met and signed: the signing", "Indian Prime Minister Narendra Modi met Japanese Prime Minister Shinzo Abe in Tokyo on Saturday and signed an agreement on civil nuclear cooperation that had been under negotiation for six years.", "05", "IND", "JPN", false},
		{"hosted/VBN after a relative, then signed", "Saudi Arabia's crown prince, who has championed a more assertive foreign policy, hosted Chinese President Xi Jinping in Riyadh on Thursday and signed a comprehensive strategic partnership agreement.", "05", "SAU", "CHN", false},
		{"met and discussed: the partner is shared", "Shortly after arriving in Riyadh, U.S. Secretary of State Antony Blinken met Saudi Crown Prince Mohammed bin Salman and discussed the war in Gaza and the release of hostages.", "04", "USA", "SAU", false},
		{"dateline, crossing and seizing", "NAIROBI, June 12 (Reuters) - Ethiopian troops have crossed into Somalia and seized two towns from al-Shabab fighters, residents and a regional official said on Wednesday.", "19", "ETH", "SOM", false},
		{"threat with an 'unless' clause", "Turkish President Tayyip Erdogan on Tuesday threatened to launch a new military operation in northern Syria unless Kurdish YPG fighters withdrew from the border within a week.", "13", "TUR", "SYR", false},
		{"condemned and called on", "The United Nations Security Council, meeting in emergency session on Friday, condemned the missile launch by North Korea and called on Pyongyang to return to negotiations.", "02", "---", "PRK", false},
		{"condemned the launch", "The United Nations Security Council, meeting in emergency session on Friday, condemned the missile launch by North Korea and called on Pyongyang to return to negotiations.", "11", "---", "PRK", false},
		{"accused and called on", "Ukrainian President Volodymyr Zelenskiy, speaking in a video address late on Sunday, accused Russia of deliberately shelling civilian areas of Kharkiv and called on allies to supply more air defence systems.", "11", "UKR", "RUS", false},
		{"the alleged shelling is no event of the accuser", "Ukrainian President Volodymyr Zelenskiy, speaking in a video address late on Sunday, accused Russia of deliberately shelling civilian areas of Kharkiv and called on allies to supply more air defence systems.", "19", "UKR", "-", true},
		{"accused and urged", "In a statement issued on Wednesday, Amnesty International accused Egyptian security forces of torturing detainees held in secret facilities and urged the government in Cairo to release them.", "11", "---", "EGY", false},
		{"a statement clause set off by commas, then two verbs", "The Egyptian foreign ministry, in a statement issued late on Sunday, condemned the storming of the mosque compound by Israeli police and called on the international community to intervene.", "11", "EGY", "ISR", false},
		{"expelled and accused after a relative", "Armed forces in Niger, who seized power in July, ordered French troops to leave the country and expelled the French ambassador, accusing Paris of interfering in Niger's affairs.", "11", "NER", "FRA", false},
		{"cut ties, after rejecting", "Palestinian President Mahmoud Abbas on Saturday cut all ties with Israel and the United States, including those relating to security, after rejecting a US peace plan.", "16", "PSE", "ISR", false},
		{"accused and expelled", "Speaking in parliament on Wednesday, British Prime Minister Theresa May accused Russia of being behind the nerve agent attack on a former spy in Salisbury and expelled 23 Russian diplomats.", "16", "GBR", "RUS", false},
		{"a 'while' clause holds the first event", "While Chinese Premier Li Keqiang was meeting European Union leaders in Brussels, Chinese warships held drills near Taiwan, prompting Taipei to scramble fighter jets.", "15", "CHN", "TWN", false},
		{"an 'as' clause, then detentions and beatings", "As tens of thousands of people marched in Minsk, Belarusian riot police detained more than 200 demonstrators and beat several journalists, a rights group said.", "18", "BLR", "BLR", false},
		{"a relative on a named state, then its agreement", "Kenya, which has long been a key ally of Washington in East Africa, signed a defence cooperation agreement with the United States on Monday during a visit by President William Ruto.", "05", "KEN", "USA", false},
		{"a participial opener, an accusation and a statement", "Addressing the United Nations General Assembly on Wednesday, Iranian President Ebrahim Raisi accused the United States of violating the nuclear deal and said Tehran was ready to resume talks.", "11", "IRN", "USA", false},
		{"a prepositional clause between subject and verb, then two verbs", "Japanese Foreign Minister Yoko Kamikawa, on her first visit to Seoul since taking office, met South Korean President Yoon Suk Yeol and praised the improvement in bilateral ties.", "05", "JPN", "KOR", false},
		{"an appositive expulsion with an accusation", "The Malian junta expelled the head of the United Nations peacekeeping mission's human rights division on Sunday, accusing him of bias in a report on a massacre in the village of Moura.", "16", "MLI", "---", false},
		{"'the two sides' after talks in the same sentence", "BEIJING, May 8 (Xinhua) - Chinese President Xi Jinping held talks with visiting Serbian President Aleksandar Vucic in Beijing on Wednesday, and the two sides agreed to deepen cooperation in infrastructure and trade.", "03", "CHN", "SRB", false},
		{"mediators take no part in a truce", "The Sudanese army and the paramilitary Rapid Support Forces agreed to a 72-hour ceasefire on Tuesday after mediation by the United States and Saudi Arabia, but fighting continued.", "08", "SDN", "SDN", false},
		{"reciprocal accusation with a background clause", "Armenia and Azerbaijan accused each other on Sunday of violating a ceasefire in the disputed region of Nagorno-Karabakh, where heavy fighting broke out last month.", "11", "ARM", "AZE", false},
		{"two parties' talks resumed after a break", "The Philippine government and Muslim rebels of the Moro Islamic Liberation Front resumed peace talks in Kuala Lumpur on Monday after a two-year break, the Malaysian facilitator said.", "04", "PHL", "PHL", false},
	}
	checkFrames(t, p, cases, true)
}

// TestLongAttribution: trailing attribution and "according to" make the
// speaker the reporter, and a speaker joined with witnesses, or one that
// accuses in so many words, adds no accusation of its own.
func TestLongAttribution(t *testing.T) {
	p := newTestPipeline(t)
	cases := []frameCase{
		{"according to a state agency", "According to the state news agency KCNA, North Korean leader Kim Jong Un supervised the test of a new rocket launcher on Sunday and warned the United States against continuing joint military drills with South Korea.", "13", "PRK", "USA", false},
		{"police and residents report, accuse nobody", "Armed men believed to be members of Boko Haram abducted more than 300 schoolgirls from a boarding school in the northeastern Nigerian town of Chibok, police and residents said on Tuesday.", "11", "-", "-", true},
		{"the abduction itself", "Armed men believed to be members of Boko Haram abducted more than 300 schoolgirls from a boarding school in the northeastern Nigerian town of Chibok, police and residents said on Tuesday.", "18", "NGA", "NGA", false},
		{"dateline and trailing ministry", "MOSCOW, Oct 5 (Reuters) - Russia expelled two Estonian diplomats on Thursday in retaliation for the expulsion of Russian diplomats from Tallinn last month, the Russian Foreign Ministry said.", "16", "RUS", "EST", false},
		{"release before a trailing 'state media reported'", "Myanmar's junta, which has faced international condemnation since the coup, released more than 2,000 political prisoners on Wednesday, state media reported.", "08", "MMR", "MMR", false},
		{"the release is of no report", "Myanmar's junta, which has faced international condemnation since the coup, released more than 2,000 political prisoners on Wednesday, state media reported.", "01", "-", "-", true},
		{"quote with trailing attribution and an 'after' clause", "\"We will respond firmly to any aggression against our territory,\" Iranian Defence Minister Amir Hatami said on Tuesday, a day after Israeli jets struck targets near Damascus.", "19", "ISR", "SYR", false},
		{"trailing military source after an air strike", "French troops killed a senior al Qaeda commander in northern Mali during an operation on Tuesday, the French defence ministry said on Thursday.", "19", "FRA", "-", false},
	}
	checkFrames(t, p, cases, true)
}

// TestLongBackgroundClauses: a background participle or relative on a
// noun ("the deal, signed in 2015") holds no event of the main subject.
func TestLongBackgroundClauses(t *testing.T) {
	p := newTestPipeline(t)
	cases := []frameCase{
		{"reimposed sanctions in a 'when' clause", "The nuclear deal, signed in 2015 between Iran and six world powers, was abandoned by the United States in 2018 when President Donald Trump reimposed sanctions on Tehran.", "16", "USA", "IRN", false},
		{"peace agreement with a background war", "The Colombian government and FARC rebels signed a peace agreement in Havana on Thursday, ending more than half a century of war that killed over 220,000 people.", "05", "COL", "COL", false},
		{"a move aimed at easing tensions eases nothing", "The president of Ivory Coast, Alassane Ouattara, pardoned his predecessor Laurent Gbagbo on Saturday, a move aimed at easing political tensions ahead of elections next year.", "08", "-", "-", true},
		{"the past war is no new fighting", "The Colombian government and FARC rebels signed a peace agreement in Havana on Thursday, ending more than half a century of war that killed over 220,000 people.", "19", "-", "-", true},
		{"the military seized power and detained", "The military seized power in Niger on Wednesday and detained President Mohamed Bazoum, who had been elected two years earlier.", "17", "NER", "NER", false},
		{"army chief's appeal after a resignation", "Bolivian President Evo Morales resigned on Sunday after weeks of protests over a disputed election, and the army chief had urged him to step down.", "08", "BOL", "-", false},
	}
	checkFrames(t, p, cases, true)
}
