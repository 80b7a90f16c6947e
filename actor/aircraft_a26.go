package actor

import "github.com/parley-events/parley/internal/wordset"

// aircraftTypes are the military aircraft that sectors.txt names by type
// ("F-16", "Su-34", "Apache helicopters"). They are weapons like the
// nouns in equipmentHeads: "sold F-16s to Turkey" trades them, and they
// act only as the force that flies them ("a US F-16 shot down a drone").
// TestAircraftTypesCoverEntry keeps this list and the entry in step.
var aircraftTypes = wordset.Of(
	"f-4", "f-4s", "f-5", "f-5s", "f-14",
	"f-14s", "f-15", "f-15s", "f-16", "f-16s",
	"f-18", "f-18s", "f/a-18", "f/a-18s", "f-22",
	"f-22s", "f-35", "f-35s", "f-117", "a-10",
	"a-10s", "ac-130", "b-1b", "b-1 bomber", "b-1 bombers",
	"b-2 bomber", "b-2 bombers", "b-52", "b-52s", "b-52 bomber",
	"b-52 bombers", "su-24", "su-24s", "su-25", "su-25s",
	"su-27", "su-27s", "su-30", "su-30s", "su-34",
	"su-34s", "su-35", "su-35s", "su-57", "su-57s",
	"mig-21", "mig-21s", "mig-23", "mig-23s", "mig-25",
	"mig-29", "mig-29s", "mig-31", "mig-31s", "tu-22m3",
	"tu-95", "tu-95s", "tu-160", "tu-160s", "j-10",
	"j-10s", "j-11", "j-15", "j-16", "j-16s",
	"j-20", "j-20s", "jf-17", "jf-17s", "h-6 bomber",
	"h-6 bombers", "h-6k", "rafale jets", "rafale fighter jets", "rafales",
	"gripen jets", "eurofighter jets", "mq-9", "mq-9s", "mq-9 reaper",
	"mq-1", "rq-4", "apache helicopter", "apache helicopters", "apache gunship",
	"apache gunships", "ah-64", "black hawk helicopter", "black hawk helicopters", "uh-60",
	"mi-8", "mi-8s", "mi-17", "mi-24", "mi-24s",
	"mi-35", "ka-52", "ka-52s", "chinook helicopter", "chinook helicopters",
	"ch-47", "cobra helicopters", "bayraktar drones", "bayraktar tb2", "f/a-18 fighter",
	"f/a-18 fighters", "f-4 fighter", "f-4 fighters", "f-5 fighter", "f-5 fighters",
	"f-14 fighter", "f-14 fighters", "f-15 fighter", "f-15 fighters", "f-16 fighter",
	"f-16 fighters", "f-18 fighter", "f-18 fighters", "f-22 fighter", "f-22 fighters",
	"f-35 fighter", "f-35 fighters", "f-117 fighter", "f-117 fighters", "su-24 fighter",
	"su-24 fighters", "su-25 fighter", "su-25 fighters", "su-27 fighter", "su-27 fighters",
	"su-30 fighter", "su-30 fighters", "su-34 fighter", "su-34 fighters", "su-35 fighter",
	"su-35 fighters", "su-57 fighter", "su-57 fighters", "mig-21 fighter", "mig-21 fighters",
	"mig-23 fighter", "mig-23 fighters", "mig-25 fighter", "mig-25 fighters", "mig-29 fighter",
	"mig-29 fighters", "mig-31 fighter", "mig-31 fighters", "tu-22m3 bomber", "tu-22m3 bombers",
	"tu-95 bomber", "tu-95 bombers", "tu-160 bomber", "tu-160 bombers", "j-10 fighter",
	"j-10 fighters", "j-11 fighter", "j-11 fighters", "j-15 fighter", "j-15 fighters",
	"j-16 fighter", "j-16 fighters", "j-20 fighter", "j-20 fighters", "jf-17 fighter",
	"jf-17 fighters", "su-24 bomber", "su-24 bombers", "su-34 bomber", "su-34 bombers",
	"su-34 fighter-bomber", "su-24 fighter-bomber",
)
