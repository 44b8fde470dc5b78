/* tandem-snapshot-entry.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-object.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_SNAPSHOT_ENTRY (tandem_snapshot_entry_get_type ())

G_DECLARE_FINAL_TYPE (TandemSnapshotEntry, tandem_snapshot_entry, TANDEM, SNAPSHOT_ENTRY, TandemObject)

TandemSnapshotEntry *tandem_snapshot_entry_new (void);

G_END_DECLS
