package when

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestScratch(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile("../examples/astana-talks.txt")
	pub := time.Date(2024, 10, 26, 0, 0, 0, 0, time.UTC)
	for _, line := range strings.Split(string(b), ". ") {
		for _, e := range r.Find(line) {
			words := strings.Fields(line)
			d, ok := r.Resolve(e, pub, TenseOf(words))
			fmt.Printf("%q -> %v %v  [%s]\n", e.Text, d, ok, TenseOf(words))
		}
	}
}
