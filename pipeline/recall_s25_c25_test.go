package pipeline

import "testing"

// TestRecallS25C25 covers C25's verb-reach lines: phrasings of CAMEO
// events that the verb dictionaries did not reach, with must-nots that
// show what each line leaves alone. Every sentence was written for this
// test and differs from the dictionary examples.
func TestRecallS25C25(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// A "state of exception" is a state of emergency (1724), and a
		// legislature approving, renewing or prolonging one imposes it.
		{why: "extended a state of exception", text: "Ecuador's government extended the state of exception in five provinces on Friday.", code: "1724", src: "ECU", tgt: "-"},
		{why: "declared a state of exception", text: "Peru's president declared a state of exception in Lima and Callao.", code: "1724", src: "PER", tgt: "-"},
		{why: "imposed a state of exception", text: "Honduran President Xiomara Castro imposed a state of exception in San Pedro Sula.", code: "1724", src: "HND", tgt: "-"},
		{why: "congress approved a state of emergency", text: "Guatemala's Congress approved a 30-day state of emergency in the department of Izabal.", code: "1724", src: "GTM", tgt: "-"},
		{why: "parliament renewed martial law", text: "The Ukrainian parliament renewed martial law for another three months.", code: "1724", src: "UKR", tgt: "-"},
		{why: "a budget approved is no emergency", text: "Peru's Congress approved the state budget after an emergency session.", code: "1724", none: true},
		// Websites defaced and servers wiped are cyberattacks (176).
		{why: "defaced government websites", text: "Indonesian hackers defaced the websites of Australian government agencies.", code: "176", src: "IDN", tgt: "-"},
		{why: "wiped servers", text: "North Korean hackers wiped the servers of a South Korean television network in 2013.", code: "176", src: "PRK", tgt: "-"},
		{why: "encrypted networks", text: "Russian hackers encrypted the computer networks of a Ukrainian state bank.", code: "176", src: "RUS", tgt: "-"},
		{why: "defaced walls stay a protest", text: "Chilean students defaced the walls of the education ministry in Santiago.", code: "176", none: true},
		{why: "own computers wiped are no attack", text: "Kenyan officials wiped data from their own computers before the audit.", code: "176", none: true},
	})
}
