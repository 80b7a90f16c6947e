package pipeline

import "github.com/parley-events/parley/internal/wordset"

// soughtNouns (M31) name an act sought, not done, as an offer or a plan
// does (offerGoverned): "efforts to reach a ceasefire", "Ukraine's push
// to join NATO". The act in their infinitive is only what is sought; the
// verb that backs, denounces or discusses the effort is the event.
// "attempt" is left out: an attempt at force is the act ("an attempt to
// storm the parliament"). "bid" and "ultimatum" are left out too: earlier
// rules keep a bid's act as its owner's hypothetical act ("Turkey blocked
// Sweden's bid to join NATO": SWE→NATO, TestBidOwnerActs) and an
// ultimatum's as the act demanded (TestDirectiveInfinitive).
var soughtNouns = wordset.Of("effort", "efforts", "push", "drive", "quest", "ambition", "ambitions")
