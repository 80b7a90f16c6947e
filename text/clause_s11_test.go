package text_test

import (
	"testing"

	"github.com/parley-events/parley/text/fasttag"
)

// TestVerbAfterRelative: the past after the comma that closes a relative
// clause or participle phrase set off after the sentence's subject is the
// subject's verb ("The army, which never recognised the results,
// seized/JJ power"); the model read it as an appositive's adjective.
// Must-not rows: an adjective before its noun after such a clause, a
// phrase that opens with a preposition ("In the capital, which was calm,
// armed men robbed"), a finite verb after the noun phrase, and a plain
// list of adjectives.
func TestVerbAfterRelative(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	checkTags(t, a, []tagCase{
		{"The army, which never recognised the results, seized power in a coup on Tuesday.", "seized", "VBD", 0},
		{"The navy, which had shadowed the convoy for days, boarded a cargo ship off Aden.", "boarded", "VBD", 0},
		{"The ministry, which oversees prisons, released detailed figures on Monday.", "released", "VBD", 0},
		{"The guerrillas, who had been hiding in the hills, ambushed a patrol near Cauca.", "ambushed", "VBD", 0},
		{"Hezbollah, which is backed by Iran, launched drones at northern Israel.", "launched", "VBD", 0},
		{"The rebels, backed by Rwanda, captured the town of Goma on Sunday.", "captured", "VBD", 0},
		{"Ecowas, the West African bloc, imposed sanctions on the junta in Niamey.", "imposed", "VBD", 0},
		{"The AU, the continent's main body, suspended Gabon after the coup.", "suspended", "VBD", 0},
		{"The officials, many of whom were detained, released a statement.", "released", "VBD", 0},
		// must-not
		{"In the capital, which was calm, armed men robbed a bank.", "armed", "VBN", 0},
		{"Aid workers, many of whom were released on Friday, said they were unharmed.", "released", "VBN", 0},
		{"In Niamey, the capital, armed men attacked a checkpoint.", "armed", "VBN", 0},
		{"Kenya, the United States and France imposed sanctions on the junta.", "imposed", "VBD", 0},
		{"The minister, who resigned, said the detained activists would be freed.", "detained", "JJ", 0},
		{"The junta, which seized power last year, suspended the constitution.", "seized", "VBD", 0},
		{"The town, which was quiet, armed gunmen attacked overnight.", "armed", "JJ", 0},
		{"Aid workers, who were released on Friday, said they were unharmed.", "released", "VBN", 0},
	})
}

// TestPhrasalVerbAfterTo: the verb of a phrasal verb the model read as a
// noun ("agreed to hand/NN over the prisoners", "demanded that the prime
// minister step/NN down") is the verb after "to", a modal or its
// subject; after a determiner the pair is the noun ("a step down"), and a
// verb that is no phrasal verb of the table keeps its noun after "to"
// ("took the case to court over the weekend").
func TestPhrasalVerbAfterTo(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	checkTags(t, a, []tagCase{
		{"The rebels agreed to hand over the prisoners to the Red Cross.", "hand", "VB", 0},
		{"Kabul refused to hand over the suspects to Pakistan.", "hand", "VB", 0},
		{"Protesters demanded that the prime minister step down.", "step", "VB", 0},
		{"Opposition parties insisted that Mr Odinga step aside during the inquiry.", "step", "VB", 0},
		// must-not
		{"It was a step down for the former minister.", "step", "NN", 0},
		{"The move is a step up from last year's talks.", "step", "NN", 0},
		{"They took the case to court over the weekend.", "court", "NN", 0},
		{"The army returned to power after the vote.", "power", "NN", 0},
		{"The hand over of the prisoners was delayed.", "hand", "NN", 0},
	})
}

// TestPresentSAfterName: a headline's -s verb after the name or
// capitalised noun phrase that opens it, read as a singular noun
// ("Russia withdraws/NN from the treaty", "EU curbs/NN imports"), is the
// verb; a singular noun ending in -s stays one ("Congress news from",
// "Iran crisis talks", "EU press office").
func TestPresentSAfterName(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	checkTags(t, a, []tagCase{
		{"Russia withdraws from the nuclear test ban treaty", "withdraws", "VBZ", 0},
		{"EU curbs imports of Russian steel", "curbs", "VBZ", 0},
		// must-not
		{"Congress news from Washington dominated the day.", "news", "NN", 0},
		{"Iran crisis talks resumed in Vienna.", "crisis", "NN", 0},
		{"EU press office declined to comment.", "press", "NN", 0},
		{"Russia gas to Europe fell sharply.", "gas", "NN", 0},
	})
}

// TestPluralBeforePastNameObject: a plural the model read as a present
// verb before a past it read as a preposition is the subject, also when
// the object's names made the model read its head noun as a past ("Sri
// Lankan troops/VBZ overran/IN a Tamil Tiger stronghold/VBD");
// the head is no verb, so the object runs on to the preposition. A real
// present verb before an -ed adjective keeps its tag.
func TestPluralBeforePastNameObject(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	checkTags(t, a, []tagCase{
		{"Sri Lankan troops overran a Tamil Tiger stronghold near Kilinochchi on Friday.", "overran", "VBD", 0},
		{"Sri Lankan troops overran a Tamil Tiger stronghold near Kilinochchi on Friday.", "troops", "NNS", 0},
		{"Sri Lankan troops overran a Tamil Tiger stronghold near Kilinochchi on Friday.", "stronghold", "NN", 0},
		// must-not
		{"Iran says detained sailors are safe.", "says", "VBZ", 0},
		{"The ministry says seized weapons were destroyed.", "says", "VBZ", 0},
	})
}

// FuzzClauseS11: the session's repairs look back to a comma and ahead to
// a particle or an object; no input, cut anywhere, makes them index out
// of range, and every token keeps a tag.
func FuzzClauseS11(f *testing.F) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{", seized power", "The army, which never recognised the results, seized",
		"The rebels, backed by Rwanda, captured", "to hand over", "step down", "Russia withdraws",
		"EU curbs imports", "Sri Lankan troops overran a Tamil Tiger stronghold", ", , released", "\xff, seized\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, s := range a.Analyze(in) {
			for _, tk := range s.Tokens {
				if tk.Tag == "" {
					t.Fatalf("untagged token %q in %q", tk.Text, s.Text)
				}
			}
		}
	})
}

// TestGerundSubject (lead): an -ing word that opens the sentence, alone
// or after its modifiers, before a past and its object is the subject's
// noun; an auxiliary participle or an -ing word with no object after
// the past is left alone.
func TestGerundSubject(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	checkTags(t, a, []tagCase{
		{"Russian shelling killed two civilians in Kherson.", "shelling", "NN", 0},
		{"Russian shelling killed two civilians in Kherson.", "killed", "VBD", 0},
		{"Renewed fighting killed 12 soldiers in Darfur.", "fighting", "NN", 0},
		{"Renewed fighting killed 12 soldiers in Darfur.", "Renewed", "JJ", 0},
		// An object that opens with its adjective (lead, twenty-first
		// session).
		{"Israeli shelling forced Lebanese families to flee.", "forced", "VBD", 0},
		{"Israeli shelling forced Lebanese families to flee.", "shelling", "NN", 0},
		{"Heavy bombing left Syrian towns in ruins.", "left", "VBD", 0},
		// must-not
		{"Fighting reported overnight near Bakhmut continued on Monday.", "Fighting", "VBG", 0},
		{"Having signed a trade pact with Vietnam, Australia turned to Indonesia.", "Having", "VBG", 0},
		{"Fighting continued in Khartoum on Sunday.", "Fighting", "VBG", 0},
	})
}

// TestAssaultPastAfterAnd (lead): after "and" that joins a second
// predicate, an assault verb's past before a bare noun is the verb; other
// -ed words there stay adjectives of a second object.
func TestAssaultPastAfterAnd(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	checkTags(t, a, []tagCase{
		{"Protesters stormed the parliament and attacked police officers.", "attacked", "VBD", 0},
		{"Settlers torched cars and attacked Palestinian farmers near Nablus.", "attacked", "VBD", 0},
		// must-not
		{"Police detained protesters and injured bystanders.", "injured", "JJ", 0},
	})
}
