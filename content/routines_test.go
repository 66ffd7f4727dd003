package content

import "testing"

func TestRoutineEqual(t *testing.T) {
	a := Routines[0]
	b := a
	b.Steps = append([]RoutineStep(nil), a.Steps...)
	if !a.Equal(b) {
		t.Fatal("a copy is not equal to its original")
	}
	b.Steps[0].Sets++
	if a.Equal(b) {
		t.Error("a changed step still counts as equal")
	}
	c := a
	c.Name += "!"
	if a.Equal(c) {
		t.Error("a renamed routine still counts as equal")
	}
}
