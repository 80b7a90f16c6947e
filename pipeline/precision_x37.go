package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// uncodedActReported (X37): a trailing attribution (", the army said",
// ", the interior ministry said", ", officials said") after a clause in
// which an actor did something, told by a past verb, names where the
// report came from even when no pattern codes that act: "Militants
// ambushed a convoy in the north, the army said, and the government
// declared a curfew" is the curfew, and no statement by the army.
// otherActReported drops the attribution when the clause's act is coded;
// here it went uncoded, which is a missed root, not a statement. The
// clause must open with an actor before its first past verb, that verb
// must not be "be" or "have" (a copula or a passive tells a state of
// things, not an act), and the clause must hold no modal or present verb
// (pastTrailingReport) and no quotation (speech is the speaker's
// statement). The sentence must code another act: a lone attribution of
// a happening ("The plane crashed, officials said") is what the
// ConfliBERT raters code as the statement, and dropping it there cost
// two of their majority roots.
func uncodedActReported(out []event.Event, heads []int, i int, sa *SentenceAnalysis) bool {
	ev, h := &out[i], heads[i]
	toks := sa.Sentence.Tokens
	other := false
	for j := range out {
		if j != i && heads[j] >= 0 && out[j].SentenceIndex == ev.SentenceIndex && out[j].CAMEORoot != "01" {
			other = true
		}
	}
	if !other {
		return false
	}
	if ev.CAMEO != "010" || h < 2 || h >= len(toks) {
		return false
	}
	k := pastTrailingReport(toks, h)
	if k < 0 {
		return false
	}
	v := -1
	for j := 0; j < k; j++ {
		switch toks[j].Lower {
		case "\"", "“", "”", "'", "‘", "’":
			return false
		}
		if v < 0 && toks[j].Tag == "VBD" {
			v = j
		}
	}
	if v < 0 || toks[v].Lemma == "be" || toks[v].Lemma == "have" {
		return false
	}
	for _, g := range sa.Groups {
		for _, ph := range g.Phrases {
			if ph.Start < v && !ph.Modifier {
				return true
			}
		}
	}
	return false
}

// gunmanRepression (X37): violent repression (175) is what a state's
// forces do to protesters or a crowd; a gunman or a criminal gang ("A
// gunman opened fire on Donald Trump at a campaign rally", "a gunman
// opened fire on Imran Khan's container at a rally") who fires at a rally
// or a crowd attacks it, and is no agent of repression. The repression
// lines read the crowd, not the shooter, so when every actor of the
// source is an unidentified armed man or a criminal (UAF, CRM) with no
// country the event is recoded as the irregulars' violence it is (180),
// as the dev sets list such shootings.
func gunmanRepression(ev *event.Event) bool {
	if ev.CAMEO != "175" || len(ev.Source) == 0 {
		return false
	}
	for _, a := range ev.Source {
		if a.Country != "" || a.Sector != "UAF" && a.Sector != "CRM" {
			return false
		}
	}
	return true
}

// releasedMedia (X37): "release" of a video, a report, a white paper or
// photographs publishes it and frees no one: "Shekau said in a video
// released on Monday that his fighters had abducted the schoolgirls", "a
// white paper released by the State Council", "released photographs of
// the bodies". A release (084, 0841) read at "release" goes when the
// noun the participle describes, right before it, or the object right
// after it names such a record.
func releasedMedia(ev *event.Event, toks []text.Token, h int) bool {
	if !strings.HasPrefix(ev.CAMEO, "084") || h < 1 || h >= len(toks) || toks[h].Lemma != "release" {
		return false
	}
	if mediaNouns.Has(toks[h-1].Lower) {
		return true
	}
	for k := h + 1; k < len(toks) && k <= h+4; k++ {
		switch toks[k].Tag {
		case "DT", "JJ", "CD", "PRP$", "NNP":
			continue
		}
		return mediaNouns.Has(toks[k].Lower)
	}
	return false
}

// mediaNouns name a record that is published, not a person set free.
var mediaNouns = wordset.Of(
	"video", "videos", "footage", "recording", "recordings", "audio",
	"photograph", "photographs", "photo", "photos", "picture", "pictures",
	"image", "images", "report", "reports", "paper", "statement",
	"document", "documents", "figures", "data", "transcript", "letter",
)
