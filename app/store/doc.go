// Package store keeps all of a person's Limber data in one versioned JSON
// document, saved in the browser's localStorage under Key. It has no UI,
// no go-app import and no storage access of its own: the caller reads and
// writes localStorage and passes strings in and out, which keeps this
// package testable and small.
//
// # Loading and backups
//
// Load never fails. Empty storage gives Default. Damaged, half-written,
// wrongly shaped or newer-version data gives Default with Reset set in the
// LoadReport. Out-of-range values inside otherwise good data are repaired
// and listed in LoadReport.Fixed instead of throwing everything away. In
// every case where the stored text will not be written back unchanged
// (reset, repaired or migrated) the report carries a BackupKey: the caller
// copies the raw text there before saving, so nothing is lost silently.
//
// # Versions and migrations
//
// Data.Version is the schema version; CurrentVersion is what this build
// writes. migrations[n] upgrades a version-n document to version n+1 and
// works on the raw JSON object, so old shapes never need Go types. When
// the schema changes: bump CurrentVersion, add one migration, and add a
// test that loads a stored example of the old shape. Key stays the same.
// An older build that meets newer data (a stale cached tab) reports
// LoadReport.Newer; the caller must then not save over the stored data.
//
// Version 0 never shipped. It stands for an early prototype shape,
// {"favs": ["slug", ...]} with no version field, and exists so the
// migration path is exercised by tests from the first release.
//
// # Export and import
//
// Export writes a pretty JSON file wrapping Data; Import checks such a file
// and merges it into the current data without overwriting anything: see
// Import for the rules.
package store
