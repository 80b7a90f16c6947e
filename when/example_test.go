package when_test

import (
	"fmt"
	"time"

	"github.com/parley-events/parley/when"
)

func Example() {
	r, err := when.New()
	if err != nil {
		panic(err)
	}
	pub := time.Date(2024, 10, 26, 0, 0, 0, 0, time.UTC) // a Saturday
	sentence := "The ministry stated on Friday that the next round will take place on November 11 and 12."
	for _, e := range r.Find(sentence) {
		tense := when.TenseIn(sentence, e)
		d, ok := r.Resolve(e, pub, tense)
		fmt.Println(e.Text, e.Start, e.End, tense, d, ok)
	}
	fmt.Println(when.Default(pub))
	// Output:
	// Friday 23 29 past 2024-10-25 (day) true
	// November 11 and 12 69 87 future 2024-11-11..2024-11-12 (day) true
	// 2024-10-26 (unknown)
}
