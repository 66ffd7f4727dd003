// Package redflag holds Limber's red-flag checklist: the questions, how the
// answers map to how soon to get help, the stop rules for a session and the
// local emergency number. It is pure data and logic with no UI import, so it
// runs and tests the same natively and in WebAssembly.
//
// The checklist never diagnoses. It only says how urgently to get help.
package redflag

import "limber/app/i18n"

// Tier is how urgently a person should get help. Tiers are ordered from
// least to most urgent, so the highest tier among answers is simply max().
type Tier int

const (
	AllClear Tier = iota
	SeeProfessional
	Urgent
	Emergency
)

// Tiers lists every tier, most urgent first, the order the checklist asks in.
var Tiers = []Tier{Emergency, Urgent, SeeProfessional, AllClear}

// String gives a short human label in the current language.
func (t Tier) String() string {
	switch t {
	case AllClear:
		return i18n.T("All clear")
	case SeeProfessional:
		return i18n.T("See a professional")
	case Urgent:
		return i18n.T("Urgent")
	case Emergency:
		return i18n.T("Emergency")
	}
	return i18n.T("Unknown")
}

// Slug gives a stable, URL-safe name for routes, CSS classes and storage.
func (t Tier) Slug() string {
	switch t {
	case AllClear:
		return "all-clear"
	case SeeProfessional:
		return "see-professional"
	case Urgent:
		return "urgent"
	case Emergency:
		return "emergency"
	}
	return "unknown"
}
