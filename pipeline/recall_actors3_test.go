package pipeline

import (
	"testing"
)

// TestRecallActors3: the third pass over actor phrases in long wire copy:
// "the West" as the Western states, a weapon noun that only modifies an
// attack noun, two states sharing one name ("North and South Korea"),
// followers of a person and tourists as civilians, state organs "in" a
// capital before their verb, and a role noun followed by an unknown name.
// Every sentence was
// written for this test; each rule has must-not cases beside it (notSrc,
// notTgt, notTxt as in longActorCase).
func TestRecallActors3(t *testing.T) {
	p := newTestPipeline(t)
	cases := []longActorCase{
		// "the West" is WST.
		{"the West accused", "MOSCOW (Reuters) - Russia's foreign ministry on Thursday accused the West of turning a blind eye to attacks on Russian-speaking civilians in eastern Ukraine, and said Moscow would raise the issue at the United Nations.", "11", "RUSGOV", "WST", "", "UKR", ""},
		{"the West as a subject", "BRUSSELS (AP) - The West imposed a new round of sanctions on Belarus on Monday over the forced landing of a passenger jet, freezing the assets of dozens of officials, EU diplomats said.", "16", "WST", "BLR", "", "", ""},
		{"the West blamed after an appositive", "MINSK (Reuters) - President Alexander Lukashenko, who has ruled Belarus since 1994, blamed the West on Wednesday for the protests that followed the disputed election, calling the demonstrators paid agents.", "11", "BLRGOV", "WST", "", "", ""},
		{"must not: the West Bank is Palestinian land", "JERUSALEM (Reuters) - Israeli troops raided a refugee camp near the West Bank city of Nablus on Tuesday, killing two gunmen, the Israeli military said in a statement.", "19", "ISRMIL", "PSE", "", "WST", ""},
		{"must not: West Java is a province", "JAKARTA (AP) - Police in West Java arrested three men suspected of planning attacks on churches over Christmas, a police spokesman said on Friday.", "17", "IDNCOP", "-", "", "WST", ""},
		// A weapon noun before an attack noun is no actor.
		{"a drone attack on a grid", "KYIV (Reuters) - Residents of the southern city of Kherson spent the night in shelters after a drone attack on the power grid left 40,000 homes without electricity, the regional governor said on Monday.", "01", "UKRGOV", "-", "UKRMIL", "", "drone"},
		{"must not: drones that strike are the force", "KYIV (AP) - Russian drones struck an energy facility in the western region of Lviv overnight, causing a fire and cutting power to thousands of homes, Ukrainian officials said on Sunday.", "19", "RUSMIL", "UKR", "", "", ""},
		// Two states that share a name written once.
		{"officials from North and South Korea", "SEOUL (AP) - Officials from North and South Korea met at the truce village of Panmunjom on Friday to discuss reunions of families separated by the 1950-53 war, the unification ministry said.", "04", "PRKGOV", "KORGOV", "", "", ""},
		{"North and South Korea agree", "SEOUL (Reuters) - North and South Korea agreed on Monday to restore a military hotline cut off a year ago, officials in Seoul said, in a sign of easing tensions on the peninsula.", "03", "PRK", "KOR", "", "", ""},
		// Followers are civilians like supporters.
		{"followers of a cleric march", "BAGHDAD (Reuters) - Thousands of followers of the Shi'ite cleric marched through central Baghdad on Friday to demand the dissolution of parliament, waving Iraqi flags and chanting slogans.", "14", "IRQCVL", "-", "", "", ""},
		{"followers of a preacher clash", "KINSHASA (AP) - Followers of a jailed preacher clashed with police in the capital on Tuesday, throwing stones at officers who fired tear gas to disperse them, witnesses said.", "14", "CODCVL", "-", "", "", ""},
		// A person's supporters are that person's side.
		{"supporters of the opposition leader", "KAMPALA (Reuters) - Supporters of the opposition leader clashed with riot police in central Kampala on Monday after he was blocked from holding a rally, witnesses said, as security forces fired tear gas.", "145", "UGAOPP", "UGACOP", "", "", ""},
		{"loyalists of a former president", "KINSHASA (AP) - Loyalists of the former president stormed the offices of the electoral commission in Kinshasa on Monday, smashing computers and setting a car on fire, a government spokesman said.", "14", "CODELI", "CODGOV", "CODMIL", "", ""},
		{"must not: supporters of a party keep the compose rule", "HARARE (Reuters) - Supporters of the ruling party beat up opposition activists at a polling station on the outskirts of Harare on Saturday, a rights group said.", "18", "ZWE", "ZWEOPP", "", "", ""},
		// A tourist is a civilian of the country named with him.
		{"a tourist arrested", "TEHRAN (AP) - Iranian police have arrested a Swedish tourist in the city of Shiraz on suspicion of spying for Israel, the judiciary's news agency reported on Saturday.", "17", "IRNCOP", "SWECVL", "", "", ""},
		// "authorities in X" before their verb are X's.
		{"authorities in a capital have acted", "TEHRAN (AP) - Authorities in Tehran have arrested a Swedish tourist on suspicion of spying for Israel, the judiciary's news agency reported on Saturday, a week after the man entered the country.", "17", "IRNGOV", "SWECVL", "", "", ""},
		{"officials in a capital will act", "KABUL (Reuters) - Officials in Kabul will ask the Taliban to release the detained aid workers, a spokesman for the foreign ministry said on Monday, adding that talks had begun.", "02", "AFGGOV", "-", "", "", ""},
		// A role noun and the unknown name after it are one person.
		{"a businessman named after his role", "BEIJING (Reuters) - A court in the northeastern city of Dandong sentenced the Canadian businessman Jonathan Korley to eight years in prison for spying on Thursday, state media said.", "11", "CHNJUD", "CANBUS", "", "", ""},
		{"must not: a named activist whom 'he' refers back to", "NAIROBI (Reuters) - Police arrested the Kenyan activist Boniface Otieno outside parliament on Tuesday as he led a march against new taxes, his lawyer told reporters.", "14", "KENCVL", "-", "", "", ""},
	}
	checkLongActorCases(t, p, cases)
}
