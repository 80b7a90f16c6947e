package actor

// nationalSociety reports the movement's entry (NGOHLHIRC) matched by
// the bare name "Red Cross" or "Red Crescent". Every state has one
// national society of the movement, which English names by the state and
// the bare name ("Egypt's Red Crescent", "the Kenya Red Cross", "the
// Lebanese Red Cross"); that society is the state's humanitarian body
// (country + HLH), as the dictionary's own national entries are
// (EGYHLH "Egyptian Red Crescent"), not the Geneva committee. The
// committee's own names ("ICRC", "International Committee of the Red
// Cross") keep the movement's code after a state: "Syria's ICRC
// delegation" is the committee's delegation in Syria.
func nationalSociety(e *Entry) bool {
	return e != nil && e.Code == "NGOHLHIRC" && (e.Alias == "Red Cross" || e.Alias == "Red Crescent")
}
