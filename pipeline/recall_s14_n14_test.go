package pipeline

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
)

// TestS14N14NamedPlaceTaken: a town captured, seized, retaken,
// recaptured, overrun or liberated by its name alone is occupied (192),
// the place's state the target (verb/taken_n14.go, namedPlaceTaken;
// pipeline/taken_n14.go, unplacedTaking). A name that is no place the
// gazetteer finds right after the verb (a man, a ship), a thing seized
// or an actor is left to the other lines.
func TestS14N14NamedPlaceTaken(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "captured, a Ukrainian town", text: "Russian troops captured Avdiivka after months of fighting.", code: "192", src: "RUS", tgt: "UKR"},
		{why: "seized, with a day", text: "Russian forces seized Kherson on Wednesday.", code: "192", src: "RUS", tgt: "UKR"},
		{why: "recaptured, Syria", text: "Syrian troops recaptured Aleppo.", code: "192", src: "SYR", tgt: "SYR"},
		{why: "retook with a compass adjective", text: "Iraqi troops retook eastern Mosul after weeks of street fighting.", code: "192", src: "IRQ", tgt: "IRQ"},
		{why: "overran, Congo", text: "M23 rebels overran Goma in November 2012.", code: "192", src: "COD", tgt: "COD"},
		{why: "liberated, Ukraine 2022", text: "Ukrainian troops liberated Lyman.", code: "192", src: "UKR", tgt: "UKR"},
		{why: "two armies, Mali", text: "French and Malian troops retook Timbuktu.", code: "192", src: "FRA", tgt: "MLI"},
		{why: "Nagorno-Karabakh 2020", text: "Azerbaijani forces captured Shusha.", code: "192", src: "AZE", tgt: "AZE"},
		{why: "Vietnam 1975", text: "North Vietnamese troops captured Saigon.", code: "192", src: "VDR", tgt: "VNM"},
		{why: "Afghanistan, with a province after", text: "NATO forces captured Marjah in Helmand province.", code: "192", src: "-", tgt: "AFG"},
		{why: "took, Ukraine 2022", text: "Russian forces took Kherson on Wednesday.", code: "192", src: "RUS", tgt: "UKR"},
		{why: "must not: taken by surprise", text: "The president took Kherson residents by surprise.", code: "192", none: true},
		{why: "must not: a plane taken", text: "The minister took Air Force One to Berlin.", code: "192", none: true},
		{why: "must not: a man captured", text: "Mexican marines captured Guzman in Los Mochis.", code: "192", none: true},
		{why: "must not: a policeman's catch", text: "Police captured Lopez after a shootout.", code: "192", none: true},
		{why: "must not: a ship seized", text: "Iran seized Stena Impero in the Strait of Hormuz.", code: "192", none: true},
		{why: "must not: goods seized", text: "Police seized Charlie Hebdo cartoons from a kiosk.", code: "192", none: true},
		{why: "must not: shares", text: "The regulator seized Apple shares worth millions in Seoul.", code: "192", none: true},
		{why: "must not: a gerund after after", text: "Bosnian Serb forces killed thousands of men after capturing Srebrenica.", code: "192", none: true},
		{why: "must not: a passive with no object", text: "Kherson, captured by Russian forces in March, was retaken in November.", code: "192", none: true},
	})
}

// TestS14N14FoughtWith: armed forces named right before "fought (back)
// with", "fought against" or "fought off" use force on the side after it
// (190); one fought "with" against a third is an ally (062). Parties,
// unions, farmers and lawmakers who fight against or with someone fight
// no one (data/verbs/19-fight.txt).
func TestS14N14FoughtWith(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "rebels with troops, Syria", text: "Syrian rebels fought with government troops in Damascus.", code: "190", src: "SYR", tgt: "SYR"},
		{why: "against, Pakistan 2009", text: "Pakistani troops fought against Taliban militants in the Swat valley.", code: "190", src: "PAK", tgt: "-"},
		{why: "back against, Iraq", text: "Iraqi soldiers fought back against Islamic State fighters in Kirkuk.", code: "190", src: "IRQ", tgt: "IMG"},
		{why: "against jihadists, Mali", text: "Malian soldiers fought against jihadists near the border with Niger.", code: "190", src: "MLI", tgt: "MLI"},
		{why: "with separatists, Ukraine 2014", text: "Ukrainian troops fought with pro-Russian separatists near Luhansk.", code: "190", src: "UKR", tgt: "UKR"},
		{why: "off, Libya", text: "Libyan militias fought off Haftar's forces south of Tripoli.", code: "190", src: "LBY", tgt: "LBY"},
		{why: "off an assault, Afghanistan", text: "Afghan forces fought off a Taliban assault on Lashkar Gah.", code: "190", src: "AFG", tgt: "AFG"},
		{why: "with an ally against a third", text: "Albanian guerrillas fought with NATO against Yugoslav forces.", code: "062", src: "ALB", tgt: "IGO"},
		{why: "must not: an ally is not fought", text: "Albanian guerrillas fought with NATO against Yugoslav forces.", code: "190", none: true},
		{why: "must not: a party against a law", text: "The opposition fought against the new law in parliament.", code: "19", none: true},
		{why: "must not: nurses with managers", text: "Nurses fought with hospital managers over pay.", code: "19", none: true},
		{why: "must not: farmers against reforms", text: "Farmers fought against the government's land reforms.", code: "19", none: true},
		{why: "must not: a challenge fought off", text: "The prime minister fought off a challenge from rebels in her party.", code: "19", none: true},
	})
}

// TestS14N14StorySurname: a person named in full in a story is the person
// a bare surname (or a Korean or Chinese family name, which comes first)
// stands for in its later sentences (actor/surname_n14.go, storyNames;
// pipeline/surname_n14.go, storyPeople). A surname with another name word
// beside it is someone else; a title ("King") is no name.
func TestS14N14StorySurname(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		why, date, text, code, src, tgt string
	}{
		{"Korean family name", "2018-06-12", "North Korean leader Kim Jong Un arrived in Singapore on Sunday. Trump met Kim on Tuesday.", "040", "USAGOV", "PRKGOV"},
		{"surname ending in -s", "2016-05-30", "Bolivian President Evo Morales met Chilean President Michelle Bachelet. Morales criticised Bachelet over the sea dispute.", "111", "BOLGOV", "CHLGOV"},
		{"Chinese family name, 2012", "2012-03-30", "Chinese President Hu Jintao arrived in Seoul. South Korean President Lee Myung-bak welcomed Hu at the Blue House.", "043", "KORGOV", "CHNGOV"},
		{"a former president's surname", "2015-07-30", "Nigerian President Muhammadu Buhari met Goodluck Jonathan in Abuja. Jonathan congratulated Buhari.", "051", "NGAELI", "NGAGOV"},
		{"Pakistan and India, 2019", "2019-05-30", "Indian Prime Minister Narendra Modi spoke with Pakistani Prime Minister Imran Khan by phone. Khan urged Modi to resume talks.", "026", "PAKGOV", "INDGOV"},
	} {
		found := false
		for _, e := range codeText(t, p, c.date, c.text) {
			if e.SentenceIndex == 1 && e.CAMEO == c.code && actorCodes(e.Source) == c.src && actorCodes(e.Target) == c.tgt {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %q: want %s %s>%s in its second sentence; got %s", c.why, c.text, c.code, c.src, c.tgt, describe(codeText(t, p, c.date, c.text)))
		}
	}
	for _, c := range []struct{ why, date, text, not string }{
		{"another Morales", "2016-05-30", "Bolivian President Evo Morales met Chilean President Michelle Bachelet. Police arrested Luis Morales in Santiago.", "BOLGOV"},
		{"a title alone", "2005-08-03", "Saudi King Abdullah bin Abdulaziz received the Jordanian king. The king of Morocco also met King Mohammed in Rabat.", "SAUGOV"},
		{"no full name before", "2016-05-30", "Police in Lima arrested a man named Morales. Morales denied the charges.", "BOLGOV"},
	} {
		for _, e := range codeText(t, p, c.date, c.text) {
			if e.SentenceIndex == 1 && (actorCodes(e.Source) == c.not || actorCodes(e.Target) == c.not) {
				t.Errorf("%s: %q coded %s %s>%s", c.why, c.text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
			}
		}
	}
}

// TestS14N14NothingCoded: phrasings of our own sentences that coded
// nothing: a convoy, tanker, train or bus attacked, bombed or ambushed
// with no agent named (190, the place's state the target); crowded
// places attacked (a ward, a campus, a nightclub, a theatre: 180); an
// act denied in a clause with no "that" (016); an offensive, assault
// or military operation expanded, widened or escalated (190)
// (data/verbs/19-fight.txt,
// 18-assault.txt, 01-statement.txt).
func TestS14N14NothingCoded(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "aid convoy bombed, Syria", text: "An aid convoy was bombed near Aleppo.", code: "190", src: "-", tgt: "SYR"},
		{why: "fuel tanker attacked, Afghanistan", text: "A fuel tanker was attacked in Kandahar.", code: "190", src: "-", tgt: "AFG"},
		{why: "train attacked, Pakistan", text: "A passenger train was attacked in Balochistan.", code: "190", src: "-", tgt: "PAK"},
		{why: "ferry bombed, Philippines", text: "A ferry was bombed in the southern Philippines.", code: "190", src: "-", tgt: "PHL"},
		{why: "must not: a ship built", text: "A ship was built in Gdansk.", code: "19", none: true},
		{why: "must not: a convoy delayed", text: "The convoy was delayed in Ukraine by snow.", code: "19", none: true},
		{why: "maternity ward, Kabul 2020", text: "Gunmen attacked a maternity ward in Kabul.", code: "180", src: "-", tgt: "AFG"},
		{why: "university campus, Garissa 2015", text: "Al-Shabaab gunmen attacked a university campus in Garissa.", code: "180", src: "SOM", tgt: "KEN"},
		{why: "nightclub, Orlando 2016", text: "A gunman attacked a nightclub in Orlando.", code: "180", src: "-", tgt: "USA"},
		{why: "theatre, Moscow 2002", text: "Chechen rebels attacked a theatre in Moscow.", code: "180", src: "RUS", tgt: "RUS"},
		{why: "must not: a budget attacked", text: "The minister attacked the university budget in parliament.", code: "18", none: true},
		{why: "strikes denied, no that", text: "Islamabad denied any strikes had taken place.", code: "016", src: "PAK", tgt: "-"},
		{why: "attacks denied, Darfur", text: "Sudan denied attacks had taken place in Darfur.", code: "016", src: "SDN", tgt: "-"},
		{why: "must not: entry denied", text: "Israel denied entry to activists whose ships had sailed from Turkey.", code: "016", none: true},
		{why: "offensive expanded, Ukraine 2024", text: "Russia expanded its offensive in the Kharkiv region.", code: "190", src: "RUS", tgt: "UKR"},
		{why: "operations expanded by forces, Gaza", text: "Israeli ground forces expanded operations in Gaza.", code: "190", src: "ISR", tgt: "PSE"},
		{why: "air campaign escalated, Yemen", text: "Saudi-led forces escalated their air campaign in Yemen.", code: "190", src: "-", tgt: "YEM"},
		{why: "bombardment widened", text: "The Russian army widened its bombardment of Kharkiv.", code: "190", src: "RUS", tgt: "UKR"},
		{why: "must not: a firm's operations", text: "Apple expanded operations in India.", code: "19", none: true},
		{why: "must not: labour strikes", text: "The union expanded its strikes to the ports of Santos.", code: "19", none: true},
	})
}

// TestS14N14CounterpartsFrom: "his counterparts from X and Y" are the same
// office of each state in the list; each joins the counterparts' side
// (pipeline/counterparts_n14.go, counterpartsFrom).
func TestS14N14CounterpartsFrom(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct{ why, text, code, src, tgt string }{
		{"two states, Samarkand 2022", "Xi met his counterparts from Russia and Pakistan in Samarkand.", "044", "CHNGOV", "RUSGOV PAKGOV"}, // 044: a third state's venue (thirdPlace, session 36)
		{"two states, Busan", "The Chinese foreign minister met his counterparts from Japan and South Korea in Busan.", "040", "CHNGOV", "JPNGOV KORGOV"},
		{"three states, talks with", "Blinken held talks with his counterparts from Australia, India and Japan.", "040", "USAGOV", "AUSGOV INDGOV JPNGOV"},
		{"one state stays one", "Lavrov met his counterpart from Turkey in Antalya.", "040", "RUSGOV", "TURGOV"},
	} {
		found := false
		for _, e := range codeText(t, p, "2022-09-15", c.text) {
			if e.CAMEO == c.code && actorCodes(e.Source) == c.src && strings.Join(codesOf(e.Target), " ") == c.tgt {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %q: want %s %s>%s; got %s", c.why, c.text, c.code, c.src, c.tgt, describe(codeText(t, p, "2022-09-15", c.text)))
		}
	}
}

func codesOf(as []event.Actor) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Code
	}
	return out
}
