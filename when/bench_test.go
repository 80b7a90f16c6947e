package when

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	dps "github.com/markusmobius/go-dateparser"
)

// benchSentences is a mix like news copy: most sentences hold no date
// expression, some hold numbers that are not dates, a few hold dates.
var benchSentences = []string{
	"The Kazakh Foreign Ministry announced that the next international meeting of the Astana Process on Syria will take place on November 11 and 12 in the Kazakh capital.",
	"A plenary session and a final press conference will conclude the meeting.",
	"According to the statement, the agenda will address the evolving regional situation around Syria, efforts toward a comprehensive settlement, and the return of Syrian refugees.",
	"The Russian Foreign Ministry, on October 9, announced that preparations were underway for the next round of Astana talks.",
	"Observers from Jordan, Lebanon, and Iraq were also present, in addition to representatives from the United Nations.",
	"The Astana process, which began in early 2017, has seen 21 rounds of talks, though little progress has been made on the key issues.",
	"These agreements were meant to reduce hostilities between Syrian regime forces and opposition factions.",
	"A ceasefire was brokered between Turkey and Russia on March 5, 2020, but tensions continue.",
	"The joint statement emphasized that the two platforms had come to a series of agreements after several meetings.",
	"It also calls for the withdrawal of all foreign forces, including the Israeli occupation of the Syrian Golan.",
	"The second clause stresses that the full implementation of UN Security Council Resolution 2254 is the only viable path out of Syria's crisis.",
	"Turkish and Russian intelligence officers held a meeting at the Russian checkpoint near the village of Tarnaba, west of Saraqeb, in northwestern Syria.",
	"More than 2,000 people were displaced and 35 civilians were killed, the observatory said.",
	"Israeli warplanes struck targets near Damascus, the army said in a statement.",
	"The prime minister met the visiting delegation to discuss trade and security cooperation.",
	"Police arrested 12 protesters outside the parliament building.",
	"The opposition rejected the proposal, calling it a violation of the constitution.",
	"The president said on Tuesday that the government would not negotiate with the rebels.",
	"Talks between the two sides collapsed last week after the army shelled the town.",
	"The United Nations Security Council will vote on the resolution next month.",
	"China and Russia vetoed the draft, which had been backed by 13 of the 15 members.",
	"Officials expect the new pipeline to carry 50 million cubic meters of gas a day.",
	"The minister is expected to visit Ankara to discuss the refugee crisis.",
	"Demonstrators gathered in the capital's main square, chanting slogans against corruption.",
}

func BenchmarkFind(b *testing.B) {
	r := newResolver(b)
	run := func(b *testing.B, sents []string) {
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			for _, s := range sents {
				n += len(r.Find(s))
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(sents)), "ns/sentence")
	}
	b.Run("mixed", func(b *testing.B) { run(b, benchSentences) })
	b.Run("gigaword", func(b *testing.B) { run(b, gigaword(b)) })
}

// BenchmarkAppendFind reuses one result slice, as a pipeline worker would.
func BenchmarkAppendFind(b *testing.B) {
	r := newResolver(b)
	sents := benchSentences
	b.ReportAllocs()
	var buf []Expr
	for b.Loop() {
		for _, s := range sents {
			buf = r.AppendFind(buf[:0], s)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(sents)), "ns/sentence")
}

func BenchmarkFindResolve(b *testing.B) {
	r := newResolver(b)
	pub := time.Date(2024, 10, 26, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range benchSentences {
			for _, e := range r.Find(s) {
				r.Resolve(e, pub, TensePast)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(benchSentences)), "ns/sentence")
}

// BenchmarkDateparserSearch is the baseline this package replaces:
// go-dateparser's Search over the same sentences, English only.
func BenchmarkDateparserSearch(b *testing.B) {
	cfg := &dps.Configuration{Languages: []string{"en"}, CurrentTime: time.Date(2024, 10, 26, 0, 0, 0, 0, time.UTC)}
	p := dps.Parser{}
	run := func(b *testing.B, sents []string) {
		b.ReportAllocs()
		for b.Loop() {
			for _, s := range sents {
				p.Search(cfg, s) //nolint:errcheck // timing only
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(sents)), "ns/sentence")
	}
	b.Run("mixed", func(b *testing.B) { run(b, benchSentences) })
	b.Run("gigaword", func(b *testing.B) { run(b, gigaword(b)) })
}

// gigaword reads the sentences of the PETRARCH-2 GigaWord sample, the
// corpus of issue 6, skipping when the third-party data is absent.
func gigaword(tb testing.TB) []string {
	tb.Helper()
	b, err := os.ReadFile("../../shared/third_party/petrarch2/GigaWord.sample.PETR.xml")
	if err != nil {
		tb.Skipf("GigaWord sample not available: %v", err)
	}
	re := regexp.MustCompile(`(?s)<Text>(.*?)</Text>`)
	var out []string
	for _, m := range re.FindAllStringSubmatch(string(b), -1) {
		out = append(out, strings.Join(strings.Fields(m[1]), " "))
	}
	if len(out) == 0 {
		tb.Skip("GigaWord sample has no <Text> elements")
	}
	return out
}
