package verb

import (
	"testing"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/data"
	"github.com/parley-events/parley/text"
)

// BenchmarkCode times the matcher alone (Coder.code) on the shipped
// dictionaries over a few wire sentences of our own, tokens and actor
// groups prepared once.
func BenchmarkCode(b *testing.B) {
	ad, err := actor.Load(data.FS, "actors")
	if err != nil {
		b.Fatal(err)
	}
	vd, err := Load(data.FS, "verbs", nil)
	if err != nil {
		b.Fatal(err)
	}
	an, err := text.NewDefault()
	if err != nil {
		b.Fatal(err)
	}
	r, c := actor.NewResolver(ad), NewCoder(vd)
	type prepared struct {
		toks   []text.Token
		groups []actor.Group
	}
	var in []prepared
	for _, s := range []string{
		"Russian forces shelled the Ukrainian city of Kharkiv on Tuesday, killing three civilians, regional officials said.",
		"The Chinese foreign minister met his Indian counterpart in Beijing to discuss the border dispute.",
		"Police in Nairobi arrested 20 opposition supporters who had gathered outside parliament.",
		"Iran rejected a proposal by the European Union to resume talks on its nuclear programme.",
	} {
		toks := an.Tokens(s, nil)
		in = append(in, prepared{toks, r.Resolve(toks, "2024-01-01")})
	}
	b.ResetTimer()
	for b.Loop() {
		for _, p := range in {
			c.Code(p.toks, p.groups)
		}
	}
}
