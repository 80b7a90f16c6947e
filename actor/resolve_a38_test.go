package actor

import (
	"slices"
	"testing"
)

const a38PartyDict = `@kind country
USA  United States | U.S. | American
ARM  Armenia | Armenian
ALB  Albania | Albanian
@kind sector
PTY  party
GOV  prime minister | president
@kind actor
ARMGOV  Serzh Sargsyan
ARMELI  Nikol Pashinyan
USAGOV  Donald Trump | Trump
USAPTY  Democratic Party | Republican Party  [shared]
`

// TestA38RulingParty: a [shared] party name after "ruling" or
// "governing" is no US party: it takes the one state the sentence's
// other actors name, else no state (rulingBefore, soleOtherCountry).
func TestA38RulingParty(t *testing.T) {
	r, an := testResolver(t, a38PartyDict)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Nikol Pashinyan called on the ruling Republican Party not to elect Serzh Sargsyan.", []string{"ARMELI", "ARMPTY", "ARMGOV"}},
		{"The ruling Democratic Party lost its majority.", []string{"---PTY"}},
		{"Albanian protesters marched against the governing Democratic Party.", []string{"ALBPTY"}},
		// must-not: no "ruling", or the sentence's state is the US
		{"Nikol Pashinyan met leaders of the Republican Party.", []string{"ARMELI", "USAPTY"}},
		{"Donald Trump said the ruling Republican Party would win.", []string{"USAGOV", "USAPTY"}},
		{"The Republican Party nominated Donald Trump.", []string{"USAPTY", "USAGOV"}},
	} {
		if got := phraseCodes(r, an, c.text, "2024-05-01"); !slices.Equal(got, c.want) {
			t.Errorf("%q: phrases %v, want %v", c.text, got, c.want)
		}
	}
}

const a38RedCrossDict = `@kind country
EGY  Egypt | Egyptian
KEN  Kenya | Kenyan
LBN  Lebanon | Lebanese
SYR  Syria | Syrian
@kind actor
NGOHLHIRC  International Committee of the Red Cross | ICRC | Red Cross | Red Crescent
`

// TestA38NationalSociety: "Red Cross" or "Red Crescent" after a state's
// name, adjective or possessive is that state's national society
// (country + HLH); alone, or as the committee's own name after a state,
// it is the movement (nationalSociety).
func TestA38NationalSociety(t *testing.T) {
	r, an := testResolver(t, a38RedCrossDict)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Egypt's Red Crescent sent 20 trucks of aid into Gaza.", []string{"EGYHLH"}},
		{"The Kenya Red Cross said 39 people were killed.", []string{"KENHLH"}},
		{"The Lebanese Red Cross evacuated the wounded.", []string{"LBNHLH"}},
		// must-not: the movement alone, or the committee's own name
		{"The Red Cross visited the prisoners.", []string{"NGOHLHIRC"}},
		{"Syria's ICRC delegation visited the prison.", []string{"NGOHLHIRC"}},
		{"The International Committee of the Red Cross visited Kenya.", []string{"NGOHLHIRC", "KEN"}},
	} {
		if got := phraseCodes(r, an, c.text, "2024-05-01"); !slices.Equal(got, c.want) {
			t.Errorf("%q: phrases %v, want %v", c.text, got, c.want)
		}
	}
}
