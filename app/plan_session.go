package app

import (
	"errors"
	"net/url"

	"limber/app/i18n"
	"limber/app/plan"
	"limber/content"
)

// planPlayPath is the player's address for a plan session: the routine's
// player with the step in the query, so the session is the plan's dose
// and history knows which session it was.
func planPlayPath(step plan.Step, s content.ProgrammeSession) string {
	return "/routines/" + s.Routine + "/play?plan=" + url.QueryEscape(step.String())
}

// planRoutine is the routine a plan session link names, at the plan's
// dose, and where the player's Back goes (the plan's page).
func planRoutine(slug, text string) (content.Routine, string, plan.Step, error) {
	step, s, err := plan.ParseStep(text)
	if err != nil {
		return content.Routine{Name: "Plan session"}, "/plans", plan.Step{}, errors.New(i18n.F("This plan session can't be opened: {error}.", "error", err.Error()))
	}
	back := "/plans/" + step.Programme
	if s.Routine != slug {
		return content.Routine{Name: "Plan session"}, back, plan.Step{}, errors.New(i18n.T("This link mixes up a plan session with another routine, so Limber won't guess which was meant."))
	}
	r, ok := s.Dosed()
	if !ok {
		return content.Routine{Name: "Plan session"}, back, plan.Step{}, errors.New(i18n.T("This plan session's routine isn't in Limber."))
	}
	return r, back, step, nil
}
