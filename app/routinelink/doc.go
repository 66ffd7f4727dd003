// Package routinelink carries a custom routine inside a URL, so people can
// share routines without any server. It has no UI and no go-app import.
//
// # Token format (versions 1 and 2)
//
// A token is one version character followed by unpadded base64url
// (RFC 4648 §5, strict: unused trailing bits must be zero):
//
//	token   = version base64url(payload)
//	version = "1" / "2"
//	payload = uvarint(len(body)) body crc
//	body    = text(name) uvarint(len(steps)) step*          ; version 1
//	body    = text(name) text(suits) text(instructions)     ; version 2
//	          uvarint(perWeek) uvarint(weeks)
//	          uvarint(len(steps)) (step text(note))*
//	text    = uvarint(len(s)) s                             ; UTF-8
//	step    = text(slug) flags uvarint(sets)
//	          [uvarint(hold)] [uvarint(reps)] [uvarint(tempo)] [uvarint(rest)]
//	flags   = one byte: 1 per side, 2 hold present, 4 reps present,
//	          8 tempo present, 16 rest present; other bits must be zero
//	crc     = 4 bytes, big-endian CRC-32 (IEEE) of the version character,
//	          the length prefix and the body
//
// uvarint is encoding/binary's unsigned varint. Zero-valued hold, reps,
// tempo and rest are left out, so a typical step costs a slug plus 4–6
// bytes. The default name ("Shared routine") is stored as an empty name.
//
// Version 2 adds the prescription (content.Prescription: who it suits,
// instructions, sessions a week, weeks; 0 means not said) and a note per
// step. Encode writes version 1 whenever the routine has no prescription
// and no step has a note, so such links stay byte-for-byte what they were
// and older apps still open them; otherwise it writes version 2.
//
// A decoded routine's slug is "custom:" plus the CRC-32 of the body Encode
// would write for it. A routine without a prescription therefore keeps
// the slug it had under version 1, and one that differs only in its
// prescription or notes is a different routine.
//
// The length prefix lets Decode tell a link that was cut off while being
// copied (ErrTruncated) from one that was edited (ErrTampered). The full
// CRC-32 is kept rather than folded: it costs two extra characters and
// catches every single-character edit, since one base64 character spans at
// most 6 bits and CRC-32 detects all bursts up to 32 bits.
//
// # Versions
//
// Version characters "3" to "9" are reserved for later formats; Decode
// answers ErrNewerVersion for them so the app can ask the user to update.
// A format after "9" must still start with a character in "2"–"9" (for
// example "9" followed by a longer version number) so that today's app
// keeps reporting it as newer rather than as damaged.
//
// # Limits
//
// Decode never fails over a value it can repair: out-of-range numbers are
// clamped, steps naming exercises the app doesn't know are left out, and
// each repair is reported as a Problem in plain language. It fails (with one
// of the Err* sentinels) only when nothing usable is left. Encode refuses a
// routine that Validate has problems with, so a link always round-trips.
package routinelink
