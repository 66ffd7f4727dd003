package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"limber/app/i18n"
)

// Reasons data could not be read. Their texts are plain language for logs;
// Message gives the person a sentence in their language.
var (
	ErrDamaged      = errors.New("the saved data is damaged or incomplete")
	ErrWrongShape   = errors.New("the saved data isn't in the shape Limber expects")
	ErrNewerVersion = errors.New("the data was saved by a newer version of Limber; update the app")
)

// LoadReport tells the caller what Load had to do.
type LoadReport struct {
	// Reset is true when the stored data could not be used and Default was
	// returned; Reason says why in plain language (the current language).
	Reset  bool
	Reason string
	// Newer is true when the data came from a newer Limber. The caller
	// should ask the person to update rather than save over it.
	Newer bool
	// Migrated is true when the data was upgraded from version From.
	Migrated bool
	From     int
	// Fixed lists values that were out of range and repaired.
	Fixed []string
	// BackupKey, when set, is where the caller should copy the raw stored
	// text before saving, because what will be saved differs from it.
	BackupKey string
}

// Load reads the stored text. It always returns usable data.
func Load(raw string) (Data, LoadReport) {
	if strings.TrimSpace(raw) == "" {
		return Default(), LoadReport{}
	}
	d, from, fixed, err := decode([]byte(raw), 0)
	if err != nil {
		return Default(), LoadReport{
			Reset:     true,
			Reason:    Message(err),
			Newer:     errors.Is(err, ErrNewerVersion),
			BackupKey: backupKey(time.Now()),
		}
	}
	report := LoadReport{Migrated: from < CurrentVersion, From: from, Fixed: fixed}
	if report.Migrated || len(fixed) > 0 {
		report.BackupKey = backupKey(time.Now())
	}
	return d, report
}

// Message turns an error from Load or Import into one sentence for the
// person, in the current language, without the technical detail
// err.Error() carries for logs.
func Message(err error) string {
	// Outer reasons first: ErrInvalid wraps ErrWrongShape and ErrDamaged.
	for _, e := range []error{ErrTooLarge, ErrNotJSON, ErrNotLimber, ErrNewerVersion, ErrInvalid, ErrWrongShape, ErrDamaged} {
		if errors.Is(err, e) {
			return i18n.T(sentences[e])
		}
	}
	return i18n.T("The data couldn't be read.")
}

// sentences are the reasons as Message tells them (each error's text as a
// sentence, marked for the catalogue).
var sentences = map[error]string{
	ErrTooLarge:     i18n.Mark("The file is too large to be a Limber export."),
	ErrNotJSON:      i18n.Mark("The file isn't a Limber export (it isn't JSON)."),
	ErrNotLimber:    i18n.Mark("The file isn't a Limber export."),
	ErrNewerVersion: i18n.Mark("The data was saved by a newer version of Limber; update the app."),
	ErrInvalid:      i18n.Mark("The Limber export is damaged or incomplete."),
	ErrWrongShape:   i18n.Mark("The saved data isn't in the shape Limber expects."),
	ErrDamaged:      i18n.Mark("The saved data is damaged or incomplete."),
}

// backupKey is sortable by time so the newest backup is easy to find.
func backupKey(now time.Time) string {
	return fmt.Sprintf("%s%020d", BackupPrefix, now.UnixNano())
}

// Marshal returns the text to store under Key.
func Marshal(d Data) (string, error) {
	d.Version = CurrentVersion
	b, err := json.Marshal(d)
	if err != nil {
		return "", fmt.Errorf("store: encoding data: %w", err)
	}
	return string(b), nil
}

// decode parses, migrates and repairs a stored document. A document with
// no version field is taken to be version missing.
func decode(raw []byte, missing int) (d Data, from int, fixed []string, err error) {
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(raw, &doc); err != nil {
		return d, 0, nil, fmt.Errorf("%w: %w", damagedOrShape(err), err)
	}
	if doc == nil {
		return d, 0, nil, fmt.Errorf("%w: null document", ErrDamaged)
	}
	from, err = docVersion(doc, missing)
	if err != nil {
		return d, from, nil, err
	}
	if err := migrate(doc, from); err != nil {
		return d, from, nil, fmt.Errorf("%w: %w", ErrWrongShape, err)
	}
	d, err = fromDoc(doc)
	if err != nil {
		return d, from, nil, err
	}
	return d, from, normalize(&d), nil
}

// damagedOrShape tells broken JSON from JSON that is simply not an object.
func damagedOrShape(err error) error {
	// json.Unmarshal returns its errors unwrapped; a type assertion keeps
	// reflection-based errors.As out of app.wasm.
	if _, ok := err.(*json.UnmarshalTypeError); ok {
		return ErrWrongShape
	}
	return ErrDamaged
}

func docVersion(doc map[string]json.RawMessage, missing int) (int, error) {
	raw, ok := doc["version"]
	if !ok {
		return missing, nil
	}
	var v int
	if err := json.Unmarshal(raw, &v); err != nil || v < 0 {
		return 0, fmt.Errorf("%w: version %s", ErrWrongShape, raw)
	}
	if v > CurrentVersion {
		return v, fmt.Errorf("%w (version %d, this app reads up to %d)", ErrNewerVersion, v, CurrentVersion)
	}
	return v, nil
}

// fromDoc reads a current-version document over the defaults, so fields
// missing from it keep their default values.
func fromDoc(doc map[string]json.RawMessage) (Data, error) {
	b, err := json.Marshal(doc)
	if err != nil {
		return Data{}, fmt.Errorf("%w: %w", ErrWrongShape, err)
	}
	d := Default()
	if err := json.Unmarshal(b, &d); err != nil {
		return Data{}, fmt.Errorf("%w: %w", ErrWrongShape, err)
	}
	return d, nil
}
