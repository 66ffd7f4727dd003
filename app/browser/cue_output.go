package browser

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/workout"
)

var (
	// pageAudio is the one AudioContext of the visit: browsers cap how many a
	// page may open, and one made inside a tap stays usable afterwards.
	pageAudio goapp.Value
)

// CueOutput turns engine cues into sound, speech and vibration, each of which
// the user can switch off in settings.
type CueOutput struct {
	Sound, Voice, Vibration bool

	audio goapp.Value // AudioContext, created inside the Start tap
}

// Unlock creates or resumes the AudioContext. Phones only allow sound that
// starts from a user gesture, so the player calls this from its Start and
// Resume taps.
func (c *CueOutput) Unlock() {
	if c.Voice {
		warmVoices()
	}
	if !c.Sound {
		return
	}
	c.audio = UnlockAudio()
	// Speech on iOS also needs its first utterance inside a gesture: the
	// player speaks its first cue within the Start tap itself.
}

// UnlockAudio creates or resumes pageAudio; call it inside a tap. It
// returns nil where Web Audio is missing.
func UnlockAudio() goapp.Value {
	if pageAudio == nil || !pageAudio.Truthy() {
		ctor := goapp.Window().Get("AudioContext")
		if !ctor.Truthy() {
			ctor = goapp.Window().Get("webkitAudioContext")
		}
		if !ctor.Truthy() {
			return nil
		}
		pageAudio = ctor.New()
	}
	if pageAudio.Get("state").String() == "suspended" {
		pageAudio.Call("resume")
	}
	return pageAudio
}

// Play emits one cue. Late cues (a routine that ended while hidden) are not
// announced.
func (c *CueOutput) Play(cue workout.Cue) {
	if cue.Late {
		return
	}
	switch cue.Kind {
	case workout.CueCountdown:
		c.Beep(660, 0.12)
		c.Vibrate(60)
	case workout.CueHalfway:
		c.Beep(520, 0.18)
		c.Vibrate(120)
	case workout.CueSwitchSides:
		c.Beep(520, 0.15)
		c.beepAfter(780, 0.2, 0.2)
		c.Vibrate(200, 100, 200)
		c.Say(cue.Text)
	case workout.CuePhaseStart, workout.CueRestStart:
		c.Beep(880, 0.25)
		c.Vibrate(250)
		c.Say(cue.Text)
	case workout.CueRep:
		c.Beep(740, 0.08)
	case workout.CueFinished:
		c.Beep(660, 0.18)
		c.beepAfter(880, 0.18, 0.2)
		c.beepAfter(1100, 0.35, 0.4)
		c.Vibrate(200, 100, 200, 100, 400)
		c.Say(cue.Text)
	}
}

func (c *CueOutput) Beep(freq, seconds float64) { c.beepAfter(freq, seconds, 0) }

// beepAfter schedules a soft sine tone on the audio clock.
func (c *CueOutput) beepAfter(freq, seconds, delay float64) {
	if !c.Sound || c.audio == nil || !c.audio.Truthy() {
		return
	}
	now := c.audio.Get("currentTime").Float() + delay
	osc := c.audio.Call("createOscillator")
	gain := c.audio.Call("createGain")
	osc.Set("type", "sine")
	osc.Get("frequency").Set("value", freq)
	g := gain.Get("gain")
	g.Call("setValueAtTime", 0.0001, now)
	g.Call("exponentialRampToValueAtTime", 0.35, now+0.02)
	g.Call("exponentialRampToValueAtTime", 0.0001, now+seconds)
	osc.Call("connect", gain)
	gain.Call("connect", c.audio.Get("destination"))
	osc.Call("start", now)
	osc.Call("stop", now+seconds+0.05)
}

func (c *CueOutput) Vibrate(pattern ...int) {
	if !c.Vibration {
		return
	}
	nav := goapp.Window().Get("navigator")
	if !nav.Get("vibrate").Truthy() {
		return
	}
	arr := make([]any, len(pattern))
	for i, p := range pattern {
		arr[i] = p
	}
	nav.Call("vibrate", arr)
}

// Say speaks text in the current language: text is an English key (a cue
// from app/workout) or already translated, and is translated here, where
// it is heard. The utterance carries the language's tag, and an installed
// voice of that language speaks it when there is one; a browser without
// speech, or one whose speech throws, stays silent.
func (c *CueOutput) Say(text string) {
	if !c.Voice || text == "" || !speechAvailable() {
		return
	}
	defer func() { _ = recover() }()
	synth := goapp.Window().Get("speechSynthesis")
	// Never queue stale announcements behind new ones; but Chromium drops
	// an utterance spoken right after a cancel with nothing to cancel.
	if synth.Get("speaking").Bool() || synth.Get("pending").Bool() {
		synth.Call("cancel")
	}
	lang := i18n.Current()
	u := goapp.Window().Get("SpeechSynthesisUtterance").New(SpokenText(i18n.T(text)))
	u.Set("lang", lang.Tag())
	if v := voiceFor(synth, lang); v != nil {
		u.Set("voice", v)
	}
	u.Set("rate", 1.0)
	synth.Call("speak", u)
}

// voiceFor is an installed voice for lang, or nil (the browser then picks
// one from the utterance's lang). Browsers load their voices lazily: the
// first call may find none, and warmVoices asks early.
func voiceFor(synth goapp.Value, lang i18n.Lang) (voice goapp.Value) {
	defer func() {
		if recover() != nil {
			voice = nil
		}
	}()
	if synth.Get("getVoices").Type() != goapp.TypeFunction {
		return nil
	}
	voices := synth.Call("getVoices")
	if voices.Type() != goapp.TypeObject {
		return nil
	}
	n := voices.Length()
	langs := make([]string, n)
	for i := range n {
		if l := voices.Index(i).Get("lang"); l.Type() == goapp.TypeString {
			langs[i] = l.String()
		}
	}
	if i := pickVoice(langs, lang); i >= 0 {
		return voices.Index(i)
	}
	return nil
}

// pickVoice chooses among voices by their lang ("es-ES", "es_MX", "de"):
// the first whose lang is lang's tag, else the first of lang's language,
// else none (-1).
func pickVoice(langs []string, lang i18n.Lang) int {
	tag := strings.ToLower(lang.Tag())
	loose := -1
	for i, l := range langs {
		l = strings.ToLower(strings.ReplaceAll(l, "_", "-"))
		if l == tag {
			return i
		}
		if base, _, _ := strings.Cut(l, "-"); loose < 0 && base == string(lang) {
			loose = i
		}
	}
	return loose
}

// warmVoices asks for the voice list once, inside a tap, so browsers that
// load voices on first request have them by the first cue.
func warmVoices() {
	defer func() { _ = recover() }()
	if !speechAvailable() {
		return
	}
	synth := goapp.Window().Get("speechSynthesis")
	if synth.Get("getVoices").Type() == goapp.TypeFunction {
		synth.Call("getVoices")
	}
}

// SpokenText drops the parts of a name meant for reading, not hearing:
// "Hip CARs (controlled articular rotations)" is said as "Hip CARs".
func SpokenText(text string) string {
	var b strings.Builder
	depth := 0
	for _, r := range text {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return strings.ReplaceAll(strings.Join(strings.Fields(b.String()), " "), " ,", ",")
}

// Stop silences speech in progress (pause, finish, leaving the player).
func (c *CueOutput) Stop() {
	if speechAvailable() {
		goapp.Window().Get("speechSynthesis").Call("cancel")
	}
}

func speechAvailable() bool {
	w := goapp.Window()
	return w.Get("speechSynthesis").Truthy() && w.Get("SpeechSynthesisUtterance").Truthy()
}
