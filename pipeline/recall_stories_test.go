package pipeline

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
)

// Every story in this file was written for it: short wire stories whose
// later sentences name their sides only by reference ("the group", "the
// ministry", "both sides", "the attack"), as news copy does.

// storyCase is one expectation on a whole story: the event of CAMEO root
// root coded in sentence si has the dyad want ("SRC>TGT", each side's
// codes joined with "+", "" for an empty side). With not set, no event of
// that root in that sentence may have the dyad not (want is then unused);
// with want "none", the sentence codes no event of that root.
type storyCase struct {
	why, date, text string
	si              int
	root            string
	want, not       string
}

func TestRecallStories(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []storyCase{
		// A dateline's agency is no actor; its place stays the state of
		// a lead that names no one else.
		{"dateline place, no agency", "1996-02-05",
			"MOSCOW (Reuters) - A spokesman said the talks with Japan were useful.",
			0, "01", "RUS>JPN", ""},
		{"dateline agency is no subject", "2004-03-11",
			"MADRID (Reuters) - Bombs exploded on four commuter trains in Madrid on Thursday, killing 191 people. The Spanish government blamed the Basque separatist group ETA. The group denied involvement.",
			0, "18", "", "ESP+GBRMED>ESP"},
		{"dateline agency after a country is no subject", "2007-12-28",
			"RAWALPINDI, Pakistan (AP) - A suicide bomber killed former Prime Minister Benazir Bhutto at a rally on Thursday. The government blamed al-Qaida. The militants denied any role.",
			0, "18", "", "PAK+PAK+USAMED>PAKELI"},
		// "The group" and "the militants" after a named group are it.
		{"the group denies, after ETA", "2004-03-11",
			"MADRID (Reuters) - Bombs exploded on four commuter trains in Madrid on Thursday, killing 191 people. The Spanish government blamed the Basque separatist group ETA. The group denied involvement.",
			2, "01", "ESPSEP>", ""},
		{"the militants after al-Qaida take its code", "2007-12-28",
			"RAWALPINDI, Pakistan (AP) - A suicide bomber killed former Prime Minister Benazir Bhutto at a rally on Thursday. The government blamed al-Qaida. The militants denied any role.",
			2, "01", "IMGMUSRAD>", ""},
		{"troops attack the group", "2015-03-10",
			"MAIDUGURI, Nigeria (Reuters) - Boko Haram fighters stormed a village in Borno state on Monday, killing 30 people. The militants also burned dozens of homes. Nigerian troops later attacked the group near the Cameroon border.",
			2, "19", "NGAMIL>NGAREB", ""},
		{"the group speaks, then 'it'", "2006-07-13",
			"BEIRUT (AP) - Hezbollah guerrillas captured two Israeli soldiers in a cross-border raid on Wednesday. Israel responded with air strikes on southern Lebanon. The group said it would release the soldiers only in a prisoner exchange.",
			2, "03", "LBNREB>ISRMIL", ""},
		{"the government praises the group", "2000-05-24",
			"BEIRUT, Lebanon (Reuters) - Israel withdrew its last troops from southern Lebanon on Wednesday. Hezbollah fighters took over abandoned positions. The guerrillas said they would continue to fight. The Lebanese government praised the group.",
			3, "05", "LBNGOV>LBNREB", ""},
		{"the jihadists after Islamic State", "2017-07-10",
			"MOSUL, Iraq (AP) - Iraqi Prime Minister Haider al-Abadi declared victory over the Islamic State group in Mosul on Monday. The militants had held the city for three years. Iraqi forces had fought the jihadists street by street.",
			2, "19", "IRQMIL>IMGMUSRAD", ""},
		{"the group after a rights group", "2022-05-02",
			"OSLO (AP) - Amnesty International said Ethiopian troops had killed civilians in Tigray. The group called for an inquiry.",
			1, "02", "NGOHRIAMN>", ""},
		{"the alliance after NATO", "1999-06-10",
			"BELGRADE, Yugoslavia (Reuters) - Yugoslav forces began pulling out of Kosovo on Thursday. NATO suspended its air campaign. The alliance said the withdrawal must be completed within 11 days.",
			2, "01", "IGOWSTNAT>", ""},
		{"the bloc after the EU", "2014-09-10",
			"BRUSSELS (Reuters) - The European Union imposed new sanctions on Russia on Friday. The bloc also froze the assets of 24 officials.",
			1, "16", "IGOEUREEC>RUSGOV", ""},
		{"the Islamist movement and the faction after Hamas", "2007-06-14",
			"GAZA (Reuters) - Hamas fighters seized control of the Gaza Strip on Thursday. The Islamist movement said it had routed its rivals. The faction also arrested dozens of officials.",
			2, "17", "PSEREB>PSEGOV", ""},
		{"the Islamist movement is Hamas", "2007-06-14",
			"GAZA (Reuters) - Hamas fighters seized control of the Gaza Strip on Thursday. The Islamist movement said it had routed its rivals. The faction also arrested dozens of officials.",
			1, "01", "PSEREB>", ""},
		{"the North after North Korea", "2017-09-03",
			"SEOUL (Reuters) - North Korea conducted its sixth nuclear test on Sunday. The North said it had tested a hydrogen bomb.",
			1, "01", "PRK>", ""},
		{"the South with no South named", "2017-09-03",
			"SEOUL (Reuters) - North Korea conducted its sixth nuclear test on Sunday. The South urged the UN to impose new sanctions.",
			1, "02", "none", ""},
		{"the South China Sea is no state", "2016-07-12",
			"South Korea protested to China on Tuesday. Chinese ships entered the South China Sea.",
			1, "19", "", "CHNMIL>KOR"},
		// Must not: "the group of seven" is no armed group, and a bare
		// noun after unnamed rebels keeps their country, not a code.
		{"the group of seven is not the group", "2016-03-02",
			"Boko Haram fighters attacked a village on Monday. The group of seven nations agreed to coordinate policy.",
			1, "03", "", "NGAREB>"},
		{"unnamed rebels stay their country's", "2016-03-02",
			"Syrian rebels shelled a government checkpoint near Hama on Tuesday. The militants later withdrew.",
			1, "08", "SYRREB>SYR", ""},
		// "The ministry" is the last ministry, not the last official.
		{"the ministry after an ambassador", "2018-06-04",
			"CAIRO (AP) - Egypt's foreign ministry summoned the Ethiopian ambassador on Sunday over the Nile dam dispute. The ministry said Addis Ababa had ignored earlier warnings.",
			1, "01", "EGYGOV>ETH", ""},
		{"the ministry after an envoy", "2012-06-25",
			"ANKARA, Turkey (Reuters) - The Turkish foreign ministry summoned the Syrian envoy. The ministry said the plane had been in international airspace.",
			1, "01", "TURGOV>", ""},
		{"the minister after an ambassador", "2016-03-02",
			"Canada's foreign minister met the Kenyan ambassador on Friday. The minister said the talks were useful.",
			1, "01", "", "KENGOV>CANGOV"},
		// "Both sides" as an object: the parties of the story.
		{"both sides after a clash", "2010-11-23",
			"SEOUL, South Korea (Reuters) - North Korea shelled a South Korean island on Tuesday. China called on both sides to show restraint.",
			1, "02", "CHN>PRK+KOR", ""},
		{"both sides after an agreement", "1995-11-21",
			"Serbia and Croatia signed a peace agreement on Tuesday. Russia urged both sides to respect the accord.",
			1, "02", "RUS>SRB+HRV", ""},
		{"both sides with no story before", "2016-03-02",
			"The United Nations urged both sides to show restraint.",
			0, "02", "IGOUNO>", ""},
		// "The attack", "the accusation": the story's last one.
		{"condemned the attack", "2017-05-14",
			"KABUL (AP) - Taliban insurgents attacked a police checkpoint in Zabul province on Sunday, killing 10 officers. The interior ministry condemned the attack.",
			1, "11", "AFGGOV>AFGREB", ""},
		{"denied the accusation", "2008-08-12",
			"Georgia accused Russia of violating the truce on Tuesday. The Kremlin denied the accusation.",
			1, "01", "RUSGOV>GEO", ""},
		{"condemned the attack on a named place keeps its own target", "2012-09-12",
			"BENGHAZI, Libya (Reuters) - Gunmen attacked the US consulate on Tuesday night, killing the ambassador. The Libyan government condemned the attack on the consulate.",
			1, "11", "", "LBYGOV>---UAF"},
		{"condemned the nuclear tests", "1998-05-28",
			"ISLAMABAD (Reuters) - Pakistan carried out five nuclear tests on Thursday. Washington condemned the tests.",
			1, "11", "USA>PAK", ""},
		{"criticised the arrests", "2016-03-02",
			"Belarusian police arrested 40 opposition activists in Minsk on Sunday. The European Union criticised the arrests.",
			1, "11", "IGOEUREEC>BLRCOP", ""},
		{"criticised the tests of no one", "2016-03-02",
			"Belarusian police arrested 40 opposition activists in Minsk on Sunday. The European Union criticised the tests.",
			1, "11", "IGOEUREEC>", ""},
		{"condemned an attack with no attack before", "2016-03-02",
			"Kenya condemned the attack.",
			0, "11", "KEN>", ""},
		// A fronted place moves the story on: bare sectors after it are
		// the new place's, not the old focus's.
		{"the story moves to Uganda", "2016-05-16",
			"NAIROBI (Reuters) - Kenyan police fired tear gas at opposition supporters in Nairobi on Monday. The protesters demanded the removal of election officials. In neighbouring Uganda, police arrested an opposition leader. Police also detained dozens of protesters.",
			3, "17", "UGACOP>UGACVL", ""},
		{"the story moves to a capital", "2016-05-16",
			"Kenyan police arrested 20 protesters on Monday. In Kampala, police fired tear gas at students.",
			1, "17", "UGACOP>UGAEDU", ""},
		{"a year is no scene", "2016-05-16",
			"Kenyan police arrested 20 protesters on Monday. In 2015, police fired tear gas at students.",
			1, "17", "KENCOP>KENEDU", ""},
		{"a letter to a state is no scene", "2016-05-16",
			"Kenyan police arrested 20 protesters on Monday. In a letter to Uganda, police said the border would stay open.",
			1, "01", "", "UGACOP>"},
		// Known starting points: the two leaders, a welcomed deal.
		{"the two leaders after Putin and Erdogan", "2019-10-22",
			"SOCHI, Russia (AP) - Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan met on Tuesday in the Black Sea resort. The two leaders agreed to a joint patrol plan for northeast Syria. The Syrian government welcomed the agreement.",
			1, "03", "RUSGOV>TURGOV", ""},
		{"the agreement welcomed by a third state", "2019-10-22",
			"SOCHI, Russia (AP) - Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan met on Tuesday in the Black Sea resort. The two leaders agreed to a joint patrol plan for northeast Syria. The Syrian government welcomed the agreement.",
			2, "05", "SYRGOV>RUSGOV+TURGOV", ""},
	} {
		checkStory(t, p, longStory{why: c.why, date: c.date, text: c.text, si: c.si, root: c.root, want: c.want, not: c.not})
	}
}

// rootIn: "18" stands for every assault (18, 19, 20), as the attack
// nouns do; other roots are themselves.
func rootIn(root, want string) bool {
	if want == "18" {
		return root == "18" || root == "19" || root == "20"
	}
	return root == want
}

func storyCodes(as []event.Actor) string {
	codes := make([]string, len(as))
	for i, a := range as {
		codes[i] = a.Code
	}
	return strings.Join(codes, "+")
}

// FuzzStoryReferences: stories that refer back across sentences (a
// dateline, "the group", "the alliance", "both sides", "the attack", a
// fronted scene) code without panicking on any text, and the actors they
// borrow from earlier sentences never carry offsets outside their own.
func FuzzStoryReferences(f *testing.F) {
	p := newTestPipeline(f)
	for _, s := range []string{
		"MADRID (Reuters) - Bombs exploded. The government blamed ETA. The group denied it.",
		"RAWALPINDI, Pakistan (AP) -",
		"CAIRO ( AP ) — The group",
		"Boko Haram fighters stormed a village. Troops attacked the group. The militants fled.",
		"NATO met. The alliance said. The bloc, the organisation of the group's",
		"North Korea shelled an island. China urged both sides. The UN called on the two",
		"Rebels attacked a town. The ministry condemned the attack. They denied the accusation.",
		"In neighbouring Uganda, police arrested him. In , In Kampala,",
		"In", "the group", "(", "KABUL -", "\xff the group \xfe",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, txt string) {
		checkActorOffsets(t, txt, codeText(t, p, "2020-01-01", txt))
	})
}

// checkActorOffsets fails when an actor's offsets (other than the -1 of
// one carried from another sentence) fall outside its event's sentence.
func checkActorOffsets(t *testing.T, txt string, evs []event.Event) {
	t.Helper()
	for _, e := range evs {
		for _, a := range append(append([]event.Actor{}, e.Source...), e.Target...) {
			if a.Start == -1 && a.End == -1 {
				continue
			}
			if a.Start < 0 || a.End > len(e.Sentence) || a.Start > a.End {
				t.Fatalf("%q: actor %q offsets %d:%d outside its sentence", txt, a.Text, a.Start, a.End)
			}
		}
	}
}
