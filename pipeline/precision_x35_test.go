package pipeline

import "testing"

// TestX35CriminalCase: a criminal case opened is an investigation begun,
// 091 against a person and 090 into an act; charges opened, a trial
// opened and a case into war crimes keep their codes. Every sentence was
// written for this test.
func TestX35CriminalCase(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded 173
		{why: "a case against a former minister", text: "Belarusian prosecutors opened a criminal case against a former energy minister on Friday.", code: "091", src: "BLR", tgt: "BLR"},
		{why: "a case into an arson", text: "Armenian investigators have opened a criminal case into the arson attack on the newspaper's office.", code: "090", src: "ARM", tgt: "-"},
		{why: "no charge beside the case", text: "Belarusian prosecutors opened a criminal case against a former energy minister on Friday.", code: "173", none: true},
		// must not: charges, a trial, war crimes
		{why: "charges opened", text: "Iraq opened charges against two Syrian smugglers.", code: "173", src: "IRQ", tgt: "SYR"},
		{why: "a trial opened", text: "A Moscow court opened the trial of three Ukrainian soldiers.", code: "173", src: "RUS", tgt: "-"},
		{why: "war crimes", text: "Ukrainian prosecutors opened criminal cases into the shelling of Kharkiv as war crimes.", code: "094", src: "UKR", tgt: "-"},
	})
}
