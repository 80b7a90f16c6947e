package pipeline

import "github.com/parley-events/parley/event"

// unnamedHarm: a violent event (18-20), or property burnt or destroyed
// (1712: "A refugee shelter in Saxony was set on fire"), with nobody
// named on either side,
// whose place may stand before its verb: ordinary news puts it in the
// subject, with the act in a noun ("A suicide attack on a mosque in
// Baghdad left 18 dead", "A bomb in Kano ripped through a bus"). The
// place is where it happened, as after the verb ("A bomb ripped through
// a bus in Kano"), so its state is the target. An event with a side of
// its own keeps the rule that a place before the verb is no target
// ("Russia, which struck Kharkiv, said ..." is not aimed at Russia).
func unnamedHarm(ev *event.Event) bool {
	r := ev.CAMEORoot
	return len(ev.Source) == 0 && len(ev.Target) == 0 && len(ev.Participants) == 0 && len(r) == 2 && (r[0] == '1' && r[1] >= '8' || r == "20" || ev.CAMEO == "1712" || unnamedProtest(ev))
}
