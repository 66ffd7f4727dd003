package routinelink

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"strings"

	"limber/app/i18n"
	"limber/content"
)

// MaxTokenLen is the longest token Decode reads; longer ones are refused
// before any work is done, and Encode never makes one.
const MaxTokenLen = 2048

// Hard failures: nothing usable could be read. Their texts are plain
// language for logs; Message turns any error from this package into a
// sentence for the user, in the current language.
var (
	ErrEmpty        = errors.New("the link has no routine in it")
	ErrTooLong      = errors.New("the link is too long to be a Limber routine")
	ErrTruncated    = errors.New("the link is incomplete; it may have been cut off when it was copied")
	ErrCorrupt      = errors.New("the link is damaged or isn't a Limber routine link")
	ErrTampered     = errors.New("the link was changed or damaged after it was made")
	ErrNewerVersion = errors.New("this routine was made by a newer Limber; update the app to open it")
	ErrNoSteps      = errors.New("the routine has no exercises this version of Limber can play")
	ErrInvalid      = errors.New("the routine has problems to fix before it can be shared")
)

var sentinels = []error{ErrEmpty, ErrTooLong, ErrTruncated, ErrCorrupt, ErrTampered, ErrNewerVersion, ErrNoSteps, ErrInvalid}

// sentences are the failures as Message tells them (the error's text as a
// sentence, marked for the catalogue).
var sentences = map[error]string{
	ErrEmpty:        i18n.Mark("The link has no routine in it."),
	ErrTooLong:      i18n.Mark("The link is too long to be a Limber routine."),
	ErrTruncated:    i18n.Mark("The link is incomplete; it may have been cut off when it was copied."),
	ErrCorrupt:      i18n.Mark("The link is damaged or isn't a Limber routine link."),
	ErrTampered:     i18n.Mark("The link was changed or damaged after it was made."),
	ErrNewerVersion: i18n.Mark("This routine was made by a newer Limber; update the app to open it."),
	ErrNoSteps:      i18n.Mark("The routine has no exercises this version of Limber can play."),
	ErrInvalid:      i18n.Mark("The routine has problems to fix before it can be shared."),
}

// Message returns a sentence for the user explaining err, in the current
// language, without the technical detail that err.Error() carries for logs.
func Message(err error) string {
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return i18n.T(sentences[s])
		}
	}
	return i18n.T("This link couldn't be opened.")
}

// Decoded is the usable part of a routine link.
type Decoded struct {
	// Routine is ready to play. Its Slug is "custom:" plus a checksum of its
	// content, so the same routine always gets the same slug.
	Routine content.Routine
	// Problems lists what was repaired or left out, for the user.
	Problems []Problem
}

// Format versions; see doc.go. Encode writes the oldest that fits.
const (
	version1      = '1'
	version2      = '2'
	newestVersion = version2
)

// Step flags; see doc.go.
const (
	flagPerSide byte = 1 << iota
	flagHold
	flagReps
	flagTempo
	flagRest
	allFlags = flagPerSide | flagHold | flagReps | flagTempo | flagRest
)

// minStepBytes is the smallest encoded step (slug length, flags, sets,
// and in version 2 the note length), used to refuse absurd step counts
// before allocating.
func minStepBytes(v byte) uint64 {
	if v == version2 {
		return 4
	}
	return 3
}

// maxDecodedInt bounds numbers read from a link; Clean clamps them anyway.
const maxDecodedInt = 1 << 20

var b64 = base64.RawURLEncoding.Strict()

// Encode turns r into a URL-safe token. It refuses routines Validate has
// problems with (ErrInvalid) and ones too long for a link (ErrTooLong).
// Only Name, Rx and Steps are carried.
func Encode(r content.Routine) (string, error) {
	clean, problems := Clean(r, nil) // only whitespace can differ when there are no problems
	if len(problems) > 0 {
		return "", fmt.Errorf("%w: %s", ErrInvalid, problems[0].Message)
	}
	token := build(clean)
	if len(token) > MaxTokenLen {
		return "", fmt.Errorf("%w: %d characters, limit %d", ErrTooLong, len(token), MaxTokenLen)
	}
	return token, nil
}

// Fits reports how long r's token would be and whether that is within
// MaxTokenLen, so a builder can show the room left while notes are typed.
// It measures r as Clean leaves it and ignores every other problem.
func Fits(r content.Routine) (length int, ok bool) {
	clean, _ := Clean(r, nil)
	length = len(build(clean))
	return length, length <= MaxTokenLen
}

// build encodes a clean routine in the oldest format that carries it.
func build(r content.Routine) string {
	v := versionFor(r)
	return seal(v, appendBody(make([]byte, 0, 64+24*len(r.Steps)), v, r))
}

// Decode reads a token made by Encode. Repairs are listed in Problems.
// known reports whether an exercise slug exists (nil accepts any
// well-formed slug). On ErrNoSteps the returned Problems say why.
func Decode(token string, known func(slug string) bool) (Decoded, error) {
	v, body, err := open(token)
	if err != nil {
		return Decoded{}, err
	}
	raw, err := parseBody(v, body)
	if err != nil {
		return Decoded{}, fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	r, problems := Clean(raw, known)
	if len(r.Steps) == 0 {
		return Decoded{Problems: problems}, fmt.Errorf("%w (%d steps in the link)", ErrNoSteps, len(raw.Steps))
	}
	r.Slug = slugFor(r)
	return Decoded{Routine: r, Problems: problems}, nil
}

// slugFor names a custom routine by the body Encode would write, so a
// routine without a prescription keeps the slug it had under version 1
// and a changed note or prescription makes a different routine.
func slugFor(r content.Routine) string {
	v := versionFor(r)
	return fmt.Sprintf("custom:%08x", crc32.ChecksumIEEE(appendBody(nil, v, r)))
}

// seal frames body with its length and checksum and adds the version.
func seal(v byte, body []byte) string {
	payload := make([]byte, 0, len(body)+binary.MaxVarintLen64+4)
	payload = binary.AppendUvarint(payload, uint64(len(body)))
	payload = append(payload, body...)
	payload = binary.BigEndian.AppendUint32(payload, checksum(v, payload))
	return string(rune(v)) + b64.EncodeToString(payload)
}

// checksum covers the version too, so a changed version is caught.
func checksum(v byte, payload []byte) uint32 {
	return crc32.Update(crc32.ChecksumIEEE([]byte{v}), crc32.IEEETable, payload)
}

// open checks the token's version, framing and checksum and returns the
// version and body.
func open(token string) (byte, []byte, error) {
	if len(token) > MaxTokenLen {
		return 0, nil, fmt.Errorf("%w: %d characters, limit %d", ErrTooLong, len(token), MaxTokenLen)
	}
	token = strings.TrimSpace(token)
	if token == "" {
		return 0, nil, ErrEmpty
	}
	v := token[0]
	if err := checkVersion(v); err != nil {
		return 0, nil, err
	}
	payload, err := decodeBase64(token[1:])
	if err != nil {
		return 0, nil, err
	}
	body, err := unframe(v, payload)
	return v, body, err
}

func checkVersion(v byte) error {
	switch {
	case v == version1 || v == version2:
		return nil
	case v > newestVersion && v <= '9':
		return fmt.Errorf("%w (format %c, this app reads up to %c)", ErrNewerVersion, v, newestVersion)
	}
	return fmt.Errorf("%w: unknown format %q", ErrCorrupt, v)
}

// decodeBase64 refuses characters outside the alphabet, which the
// standard decoder would otherwise skip (newlines).
func decodeBase64(s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'A' || c > 'Z') && (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' && c != '_' {
			return nil, fmt.Errorf("%w: character %q at %d", ErrCorrupt, c, i+1)
		}
	}
	payload, err := b64.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	return payload, nil
}

// unframe checks the length prefix and the checksum, which covers v.
func unframe(v byte, payload []byte) ([]byte, error) {
	n, k := binary.Uvarint(payload)
	if k < 0 {
		return nil, fmt.Errorf("%w: bad length", ErrCorrupt)
	}
	have := uint64(len(payload))
	if k == 0 || n > have || uint64(k)+n+4 > have {
		return nil, fmt.Errorf("%w: %d bytes", ErrTruncated, have)
	}
	end := uint64(k) + n
	if end+4 < have {
		return nil, fmt.Errorf("%w: %d bytes after the end", ErrCorrupt, have-end-4)
	}
	if binary.BigEndian.Uint32(payload[end:]) != checksum(v, payload[:end]) {
		return nil, ErrTampered
	}
	return payload[k:end], nil
}
